using System.CommandLine;
using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stats</c>: what the store holds.</summary>
public static class StatsCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<bool> Json = CommonOptions.Json();

    public static Command GetCommand()
    {
        var cmd = new Command("stats", "Count what the database holds");
        cmd.Options.Add(Db);
        cmd.Options.Add(Json);
        cmd.SetAction(p => Execute(p.GetValue(Db)!, p.GetValue(Json)));
        return cmd;
    }

    public static int Execute(string db, bool json)
    {
        if (!File.Exists(db)) { Console.Error.WriteLine($"sitrep stats: no database {db}"); return ExitCodes.Fatal; }
        using var store = DocumentStore.Open(db);
        var s = store.GetStats();
        if (json)
            Console.Out.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["documents"] = s.Documents, ["tokens"] = s.Tokens, ["events"] = s.Events, ["path"] = db,
            }));
        else
            Console.Out.WriteLine($"{db}: {s.Documents:N0} documents, {s.Tokens:N0} tokens, {s.Events:N0} events");
        return ExitCodes.Ok;
    }
}
