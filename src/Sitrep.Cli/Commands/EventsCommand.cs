using System.CommandLine;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: query stored events and export them.</summary>
internal static class EventsCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Format = CommonOptions.Format("table", EventExporters.Formats);
    public static readonly Option<string?> Since = new("--since") { Description = "Events on or after this date (YYYY[-MM[-DD]])" };
    public static readonly Option<string?> Until = new("--until") { Description = "Events on or before this date (YYYY[-MM[-DD]])" };
    public static readonly Option<string?> Type = new("--type") { Description = "PLOVER event type, e.g. ASSAULT" };
    public static readonly Option<string?> Actor = new("--actor") { Description = "Part of an actor's or recipient's name" };
    public static readonly Option<string?> Country = new("--country") { Description = "ISO 3166 alpha-3 code or name of an actor's, recipient's or the place's country" };
    public static readonly Option<string?> Status = new("--status")
    {
        Description = "Statuses to keep, comma-separated (occurred, ongoing, planned, hypothetical, negated, reported); gdelt and acled default to occurred,ongoing",
    };
    public static readonly Option<string?> Doc = new("--doc") { Description = "Events of one document (id or id prefix)" };
    public static readonly Option<string?> Near = new("--near") { Description = "A place name found among stored events, or LAT,LON" };
    public static readonly Option<double?> Radius = new("--radius") { Description = "Radius in km for --near (default 50)" };
    public static readonly Option<string?> Source = new("--source") { Description = "Part of the outlet's name (publisher, URL host) or the input file's" };
    public static readonly Option<string?> Text = new("--text") { Description = "Words that must all occur in the event's sentence, title, participants or place" };
    public static readonly Option<string?> Bbox = new("--bbox") { Description = "Events placed inside WEST,SOUTH,EAST,NORTH (degrees)" };
    public static readonly Option<string?> Sort = new("--sort") { Description = $"Order by {string.Join(", ", EventSort.Fields)}; '-' before a field for descending (default date)" };
    public static readonly Option<int?> Offset = new("--offset") { Description = "Skip this many matching events" };
    public static readonly Option<int?> Limit = new("--limit") { Description = "At most this many events" };
    public static readonly Option<string> Per = new("--per")
    {
        Description = "incident: one row per incident merged across documents, with its source counts (default); report: every stored event",
        DefaultValueFactory = _ => "incident",
    };
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Write to this file instead of standard output" };

    public static Command GetCommand()
    {
        var cmd = new Command("events", "Query stored events and export them (table, csv, jsonl, geojson, plover, gdelt, acled)");
        foreach (var o in new Option[] { Db, Format, Since, Until, Type, Actor, Country, Status, Doc, Near, Radius, Source, Text, Bbox, Sort, Offset, Limit, Per, Output })
            cmd.Options.Add(o);
        cmd.SetAction(p => Execute(p.GetValue(Db)!, p.GetValue(Format)!, new EventFilterText
        {
            Since = p.GetValue(Since), Until = p.GetValue(Until), Type = p.GetValue(Type), Actor = p.GetValue(Actor),
            Country = p.GetValue(Country), Status = p.GetValue(Status), Doc = p.GetValue(Doc), Near = p.GetValue(Near),
            RadiusKm = p.GetValue(Radius), Source = p.GetValue(Source), Text = p.GetValue(Text), Bbox = p.GetValue(Bbox), Sort = p.GetValue(Sort), Offset = p.GetValue(Offset), Limit = p.GetValue(Limit), Per = p.GetValue(Per),
        }, p.GetValue(Output)));
        return cmd;
    }

    public static int Execute(string db, string format, EventFilterText filters, string? output)
    {
        EventQuery query;
        try { query = EventFilterParser.Parse(filters); }
        catch (EventFilterException e) { return BadFilter(e, db); }
        using var store = DocumentStore.OpenReadOnly(db);
        try { query = store.Resolve(query); }
        catch (EventFilterException e) { return BadFilter(e, db); }
        using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        int n = EventExporters.Find(format).Export(store, query, stream);
        Console.Error.WriteLine($"sitrep: {n:N0} events ({format}){(output is null ? "" : " to " + output)}");
        return ExitCodes.Ok;
    }

    static int BadFilter(EventFilterException e, string db) => CommonOptions.Fail($"sitrep events {db}: --{e.Filter} {e.Message}");
}
