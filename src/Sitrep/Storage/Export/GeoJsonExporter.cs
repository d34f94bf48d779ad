using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// An RFC 7946 FeatureCollection of the events that have coordinates: one Point feature each, its id the event id,
/// its properties a few flat fields for styling (type, status, ISO date, place) beside the stored-event JSON.
/// </summary>
internal sealed class GeoJsonExporter : IEventExporter
{
    public string Format => "geojson";

    public bool Includes(EventRecord e) => e.Place is { Lat: not null, Lon: not null };

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
            w.WriteString("id", s.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(lon, 6));
            w.WriteNumberValue(Math.Round(lat, 6));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("type", e.Type);
            w.WriteString("status", e.Status);
            w.WriteString("place", e.Place.Name);
            w.WriteString("country", e.Place.Country);
            StoredEventJson.WriteFields(w, s);
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
