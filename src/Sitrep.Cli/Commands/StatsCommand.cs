using System.CommandLine;
using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<int> Top = new("--top") { Description = "Rows per breakdown in the text output", DefaultValueFactory = _ => 10 };

    public static Command GetCommand()
    {
        var cmd = new Command("stats", "Count what the database holds, by type, status, country, month and source");
        foreach (var o in new Option[] { Db, Json, Top }) cmd.Options.Add(o);
        cmd.SetAction(p => Execute(p.GetValue(Db)!, p.GetValue(Json), p.GetValue(Top)));
        return cmd;
    }

    public static int Execute(string db, bool json, int top = 10)
    {
        using var store = DocumentStore.OpenReadOnly(db);
        var s = store.GetStats();
        (string Name, IReadOnlyList<(string Key, long Count)> Rows)[] groups =
            [("by_type", s.ByType), ("by_status", s.ByStatus), ("by_country", s.ByCountry), ("by_month", s.ByMonth), ("by_source", s.BySource)];
        if (json)
        {
            var o = new Dictionary<string, object> { ["documents"] = s.Documents, ["tokens"] = s.Tokens, ["events"] = s.Events, ["path"] = db };
            foreach (var (name, rows) in groups) o[name] = rows.ToDictionary(r => r.Key, r => r.Count);
            Console.Out.WriteLine(JsonSerializer.Serialize(o));
            return ExitCodes.Ok;
        }
        Console.Out.WriteLine($"{db}: {s.Documents:N0} documents, {s.Tokens:N0} tokens, {s.Events:N0} events");
        foreach (var (name, rows) in groups)
        {
            var shown = name == "by_month" ? rows.TakeLast(top) : rows.Take(top);
            Console.Out.WriteLine($"{name.Replace('_', ' ')}: " + string.Join(", ", shown.Select(r => $"{(r.Key.Length == 0 ? "(none)" : r.Key)} {r.Count:N0}"))
                + (rows.Count > top ? $" (+{rows.Count - top} more)" : ""));
        }
        return ExitCodes.Ok;
    }
}
