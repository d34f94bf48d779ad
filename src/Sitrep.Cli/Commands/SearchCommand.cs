using System.CommandLine;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep search QUERY</c>: full-text search over stored documents, with their events.</summary>
internal static class SearchCommand
{
    public static readonly Argument<string> Query = new("QUERY") { Description = "Words to find (all of them), or an FTS5 query: \"a phrase\", a OR b, pref*" };
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Format = CommonOptions.Format("table", "table", "json");
    public static readonly Option<int> Limit = new("--limit") { Description = "At most this many documents", DefaultValueFactory = _ => 20 };

    public static Command GetCommand()
    {
        var cmd = new Command("search", "Full-text search over stored documents, with their events");
        cmd.Arguments.Add(Query);
        foreach (var o in new Option[] { Db, Format, Limit }) cmd.Options.Add(o);
        cmd.SetAction(p => Execute(p.GetValue(Query)!, p.GetValue(Db)!, p.GetValue(Format)!, p.GetValue(Limit)));
        return cmd;
    }

    public static int Execute(string query, string db, string format, int limit)
    {
        if (limit <= 0) return CommonOptions.Fail($"sitrep search: --limit '{limit}' must be positive");
        using var store = DocumentStore.OpenReadOnly(db);
        IReadOnlyList<SearchHit> hits;
        try { hits = store.Search(query, limit); }
        catch (EventFilterException e) { return CommonOptions.Fail($"sitrep search: the {e.Filter} {e.Message}"); }
        if (format == "json") WriteJson(hits);
        else
            foreach (var h in hits)
            {
                Console.Out.WriteLine($"{h.DocumentId}  {h.Published?[..Math.Min(10, h.Published.Length)] ?? "",-10}  {h.Title ?? h.Url ?? ""}");
                Console.Out.WriteLine($"    {h.Snippet.ReplaceLineEndings(" ")}");
                foreach (var e in h.Events)
                    Console.Out.WriteLine($"    {e.Id}  {e.Event.Type}{(e.Event.Mode is null ? "" : "/" + e.Event.Mode)} {e.Event.Status} {e.Event.Date?.Value} {e.Event.Place?.Name}");
            }
        Console.Error.WriteLine($"sitrep: {hits.Count:N0} documents match '{query}' in {db}");
        return ExitCodes.Ok;
    }

    static void WriteJson(IReadOnlyList<SearchHit> hits)
    {
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, DocJsonWriter.Indented);
        w.WriteStartArray();
        foreach (var h in hits)
        {
            w.WriteStartObject();
            w.WriteString("id", h.DocumentId);
            w.WriteString("title", h.Title);
            w.WriteString("url", h.Url);
            w.WriteString("published", h.Published);
            w.WriteString("snippet", h.Snippet);
            w.WriteStartArray("events");
            foreach (var e in h.Events) StoredEventJson.Write(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.Flush();
        stdout.Write("\n"u8);
    }
}
