using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Events.Export;

/// <summary>A GeoJSON FeatureCollection of the events that have coordinates.</summary>
public sealed class GeoJsonExporter : IEventExporter
{
    public string Format => "geojson";

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        int n = 0;
        using var w = new Utf8JsonWriter(output, DocJsonWriter.Indented);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var s in events)
        {
            var e = s.Event;
            if (e.Place?.Lat is not { } lat || e.Place.Lon is not { } lon) continue;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(lon, 6));
            w.WriteNumberValue(Math.Round(lat, 6));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("id", $"{s.DocumentId}-{e.Id}");
            w.WriteString("type", e.Type);
            w.WriteString("mode", e.Mode);
            w.WriteString("status", e.Status);
            w.WriteString("date", e.Date?.Value);
            w.WriteString("actors", EventFields.Names(e.Actors));
            w.WriteString("recipients", EventFields.Names(e.Recipients));
            w.WriteString("place", e.Place.Name);
            w.WriteBoolean("approximate", e.Place.Approximate);
            if (e.Place.RadiusKm is { } r) w.WriteNumber("radius_km", r);
            if (e.Dead is { } dead) w.WriteNumber("dead", dead.Best);
            w.WriteString("sentence", s.SentenceText);
            w.WriteString("url", s.Url);
            w.WriteEndObject();
            w.WriteEndObject();
            n++;
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.Write("\n"u8);
        return n;
    }
}
