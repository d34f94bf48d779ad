using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>One stored-event JSON object per line (<see cref="StoredEventJson"/>).</summary>
internal sealed class JsonlExporter : IEventExporter
{
    public string Format => "jsonl";

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        int n = 0;
        using var w = new Utf8JsonWriter(output, DocJsonWriter.Compact);
        foreach (var s in events)
        {
            StoredEventJson.Write(w, s);
            w.Flush();
            w.Reset();
            output.Write("\n"u8);
            n++;
        }
        return n;
    }
}
