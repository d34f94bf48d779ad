using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Events.Export;

/// <summary>One event JSON per line, as in the document JSON, plus the document it came from.</summary>
public sealed class JsonlExporter : IEventExporter
{
    public string Format => "jsonl";

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        int n = 0;
        using var w = new Utf8JsonWriter(output, DocJsonWriter.Compact);
        foreach (var s in events)
        {
            // The event object is written whole, then the document fields are appended inside a wrapper.
            w.WriteStartObject();
            w.WriteString("document_id", s.DocumentId);
            w.WriteString("url", s.Url);
            w.WriteString("title", s.Title);
            w.WriteString("published", s.Published);
            w.WriteString("sentence", s.SentenceText);
            w.WritePropertyName("event");
            DocJsonWriter.WriteEvent(w, s.Event, null);
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            output.Write("\n"u8);
            n++;
        }
        return n;
    }
}
