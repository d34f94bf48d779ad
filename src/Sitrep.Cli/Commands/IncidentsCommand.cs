using System.CommandLine;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Stories;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep incidents</c>: happenings merged across documents, each with every report behind it.</summary>
internal static class IncidentsCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Format = CommonOptions.Format("text", "text", "jsonl");
    public static readonly Option<int> MinSources = new("--min-sources") { Description = "Only incidents reported by at least this many documents", DefaultValueFactory = _ => 1 };
    public static readonly Option<string?> Type = new("--type") { Description = "PLOVER event type, e.g. ASSAULT" };
    public static readonly Option<int> Limit = new("--limit") { Description = "At most this many incidents", DefaultValueFactory = _ => 50 };

    public static Command GetCommand()
    {
        var cmd = new Command("incidents", "Incidents merged across documents: sources, outlets, report times, count ranges, every report");
        foreach (var o in new Option[] { Db, Format, MinSources, Type, Limit }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            using var store = DocumentStore.OpenReadOnly(p.GetValue(Db)!);
            var type = p.GetValue(Type)?.ToUpperInvariant();
            var incidents = store.Incidents(p.GetValue(Limit), p.GetValue(MinSources), type);
            using var stdout = Console.OpenStandardOutput();
            using var json = new Utf8JsonWriter(stdout, DocJsonWriter.Compact);
            foreach (var incident in incidents)
            {
                if (p.GetValue(Format) == "text")
                {
                    Console.Out.WriteLine(IncidentJson.Text(incident));
                    continue;
                }
                IncidentJson.Write(json, incident);
                json.Flush();
                json.Reset();
                stdout.Write("\n"u8);
            }
            Console.Error.WriteLine($"sitrep: {incidents.Count:N0} incidents");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
