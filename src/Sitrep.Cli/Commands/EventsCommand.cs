using System.CommandLine;
using System.Globalization;
using Sitrep.Events.Export;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: query stored events and export them.</summary>
public static class EventsCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Format = CommonOptions.Format("table", EventExporters.Formats);
    public static readonly Option<string?> Since = new("--since") { Description = "Events on or after this date (YYYY[-MM[-DD]])" };
    public static readonly Option<string?> Until = new("--until") { Description = "Events on or before this date (YYYY[-MM[-DD]])" };
    public static readonly Option<string?> Type = new("--type") { Description = "PLOVER event type, e.g. ASSAULT" };
    public static readonly Option<string?> Actor = new("--actor") { Description = "Part of an actor's or recipient's name" };
    public static readonly Option<string?> Country = new("--country") { Description = "ISO 3166 alpha-3 of an actor, recipient or the place" };
    public static readonly Option<string?> Near = new("--near") { Description = "A place name found among stored events, or LAT,LON" };
    public static readonly Option<double> Radius = new("--radius") { Description = "Radius in km for --near", DefaultValueFactory = _ => 50 };
    public static readonly Option<int?> Limit = new("--limit") { Description = "At most this many events" };
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Write to this file instead of standard output" };

    public static Command GetCommand()
    {
        var cmd = new Command("events", "Query stored events and export them (table, csv, jsonl, geojson, plover, gdelt, acled)");
        foreach (var o in new Option[] { Db, Format, Since, Until, Type, Actor, Country, Near, Radius, Limit, Output })
            cmd.Options.Add(o);
        cmd.SetAction(p => Execute(p.GetValue(Db)!, p.GetValue(Format)!, new EventQuery
        {
            Since = p.GetValue(Since), Until = p.GetValue(Until), Type = p.GetValue(Type), Actor = p.GetValue(Actor),
            Country = p.GetValue(Country), RadiusKm = p.GetValue(Radius), Limit = p.GetValue(Limit),
        }, p.GetValue(Near), p.GetValue(Output)));
        return cmd;
    }

    public static int Execute(string db, string format, EventQuery query, string? near, string? output)
    {
        if (!File.Exists(db)) { Console.Error.WriteLine($"sitrep events: no database {db}"); return ExitCodes.Fatal; }
        using var store = DocumentStore.Open(db);
        if (near != null)
        {
            var point = ParseLatLon(near) ?? store.FindPlace(near);
            if (point is null) { Console.Error.WriteLine($"sitrep events: --near '{near}' is neither LAT,LON nor a place among stored events"); return ExitCodes.Fatal; }
            query = query with { NearLat = point.Value.Lat, NearLon = point.Value.Lon };
        }
        var exporter = EventExporters.Find(format);
        using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        int n = exporter.Write(stream, store.QueryEvents(query));
        Console.Error.WriteLine($"sitrep: {n:N0} events ({format}){(output is null ? "" : " to " + output)}");
        return ExitCodes.Ok;
    }

    static (double Lat, double Lon)? ParseLatLon(string s)
    {
        var parts = s.Split(',');
        return parts.Length == 2 &&
               double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &&
               double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) &&
               Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180
            ? (lat, lon) : null;
    }
}
