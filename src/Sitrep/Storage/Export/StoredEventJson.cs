using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// A stored event as JSON: its id, the document it came from and the event exactly as in the document JSON
/// (<see cref="DocJsonWriter.WriteEvent"/>, the one event writer). JSONL lines, GeoJSON properties and the web API use it.
/// </summary>
internal static class StoredEventJson
{
    public static void Write(Utf8JsonWriter w, StoredEvent s)
    {
        w.WriteStartObject();
        WriteFields(w, s);
        w.WriteEndObject();
    }

    /// <summary>The properties without the enclosing object, for writers that add their own beside them.</summary>
    public static void WriteFields(Utf8JsonWriter w, StoredEvent s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("document_id", s.DocumentId);
        w.WriteString("date", EventFields.IsoDate(s.Event) is { Length: > 0 } iso ? iso : null);
        w.WriteString("url", s.Url);
        w.WriteString("title", s.Title);
        w.WriteString("published", s.Published);
        w.WriteString("publisher", s.Publisher);
        w.WriteString("sentence", s.SentenceText);
        w.WriteString("incident", s.Incident);
        w.WriteNumber("sources", s.Sources);
        w.WritePropertyName("event");
        DocJsonWriter.WriteEvent(w, s.Event, null);
    }
}
