using System.Text;

namespace Sitrep.Storage.Export;

/// <summary>A fixed-width table for the terminal, with the event id (document-event) to look the document up.</summary>
internal sealed class TableExporter : IEventExporter
{
    public string Format => "table";

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        w.WriteLine($"{"event",-24}  {"date",-10}  {"type/mode",-24} {"status",-12} {"actors → recipients",-40} {"place",-20} {"dead",4}  sentence");
        int n = 0;
        foreach (var s in events)
        {
            var e = s.Event;
            string who = Cut($"{EventFields.Names(e.Actors)} → {EventFields.Names(e.Recipients)}", 40);
            string place = Cut((e.Place?.Approximate == true ? "≈" : "") + (e.Place?.Name ?? ""), 20);
            w.WriteLine($"{s.Id,-24}  {e.Date?.Value ?? "",-10}  {Cut(e.Type + (e.Mode is null ? "" : "/" + e.Mode), 24),-24} {e.Status,-12} {who,-40} {place,-20} {e.Dead?.Best.ToString() ?? "",4}  {Cut(s.SentenceText.ReplaceLineEndings(" "), 80)}");
            n++;
        }
        return n;
    }

    static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
