using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// PLOVER JSON records: a JSON array in the layout of the PLOVER gold-standard records (id, date, actor[],
/// recipient[] and the older source[]/target[], event, eventText, mode, context, text, eventLoc, counts), with
/// ISO dates and their precision, actor codes per the PLOVER manual (ISO3, or UNO/EUR/IGO/NGO for international
/// actors), counts as integers or null, and Sitrep's status, evidence and provenance beside them.
/// </summary>
internal sealed class PloverExporter : IEventExporter
{
    public string Format => "plover";

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        int n = 0;
        using var w = new Utf8JsonWriter(output, DocJsonWriter.Indented);
        w.WriteStartArray();
        foreach (var s in events)
        {
            var e = s.Event;
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("date", EventFields.IsoDate(e) is { Length: > 0 } iso ? iso : null);
            w.WriteString("datePrecision", EventFields.FirstDay(e) is null ? null : e.Date?.Precision);
            WriteActors(w, "actor", e.Actors);
            WriteActors(w, "recipient", e.Recipients);
            WriteActors(w, "source", e.Actors);
            WriteActors(w, "target", e.Recipients);
            w.WriteString("event", e.Type);
            w.WriteString("eventText", e.Fields.TryGetValue("trigger", out var t) ? Slice(s, t) : null);
            w.WriteString("mode", e.Mode ?? "");
            w.WriteString("context", string.Join(",", e.Context));
            w.WriteString("status", e.Status);
            w.WriteString("text", s.SentenceText);
            w.WritePropertyName("eventLoc");
            if (e.Place is { } p)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                if (p.GeonameId is { } g) w.WriteNumber("geonameid", g);
                if (p.Lat is { } lat) w.WriteNumber("lat", Math.Round(lat, 6));
                if (p.Lon is { } lon) w.WriteNumber("lon", Math.Round(lon, 6));
                w.WriteString("country", p.Country);
                w.WriteBoolean("approximate", p.Approximate);
                w.WriteEndObject();
            }
            else w.WriteNullValue();
            WriteCount(w, "dead", e.Dead);
            WriteCount(w, "injured", e.Injured);
            WriteCount(w, "arrested", e.Arrested);
            WriteCount(w, "size", e.Size);
            w.WriteString("language", "en");
            w.WriteString("publication", EventFields.Outlet(s));
            w.WriteString("headline", s.Title);
            w.WriteString("url", s.Url);
            w.WriteString("coder", "Sitrep");
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteEndObject();
            n++;
        }
        w.WriteEndArray();
        w.Flush();
        output.Write("\n"u8);
        return n;
    }

    static string? Slice(StoredEvent s, CharSpan span)
    {
        int offset = s.Event.Sentence.Start;
        int a = span.Start - offset, b = span.End - offset;
        return a >= 0 && b <= s.SentenceText.Length && a < b ? s.SentenceText[a..b] : null;
    }

    static void WriteActors(Utf8JsonWriter w, string name, List<EventParticipant> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("actorText", a.Text);
            w.WriteString("code", PloverCodes.Country(a));
            w.WriteString("sector", PloverCodes.Sector(a));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void WriteCount(Utf8JsonWriter w, string name, EventCount? c)
    {
        if (c is null) w.WriteNull(name);
        else w.WriteNumber(name, c.Best);
    }
}
