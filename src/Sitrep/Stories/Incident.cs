using Sitrep.Documents;

namespace Sitrep.Stories;

/// <summary>One report of an incident: an event of one document, with the outlet and time of the report.</summary>
public sealed record IncidentReport(string EventId, string DocumentId, string? Outlet, string? Reported, EventRecord Event);

/// <summary>A count across reports, UCDP-style: the lowest, a best estimate (the median report) and the highest.</summary>
public sealed record CountRange(int Low, int Best, int High)
{
    public static CountRange? Of(IEnumerable<EventCount?> counts)
    {
        var bests = counts.OfType<EventCount>().Select(c => c.Best).Order().ToList();
        return bests.Count == 0 ? null : new CountRange(bests[0], bests[(bests.Count - 1) / 2], bests[^1]);
    }
}

/// <summary>
/// One happening reported by one or more documents: every report is kept as evidence; type, place and date come from
/// the first report; counts become ranges; the status is the most definite any report gives (occurred beats planned).
/// </summary>
public sealed class Incident
{
    public required string Id { get; init; }
    public List<IncidentReport> Reports { get; } = [];

    public EventRecord First => Reports[0].Event;
    public string Type => First.Type;
    public int Sources => Reports.Select(r => r.DocumentId).Distinct().Count();
    public int Outlets => Reports.Select(r => r.Outlet ?? r.DocumentId).Distinct().Count();
    public string? FirstReport => Reports.Select(r => r.Reported).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
    public string? LatestReport => Reports.Select(r => r.Reported).OfType<string>().Order(StringComparer.Ordinal).LastOrDefault();
    public CountRange? Dead => CountRange.Of(Reports.Select(r => r.Event.Dead));
    public CountRange? Injured => CountRange.Of(Reports.Select(r => r.Event.Injured));

    /// <summary>The most definite status among the reports.</summary>
    public string Status => Reports.Select(r => r.Event.Status).MinBy(StatusRank) ?? EventStatus.Occurred;

    /// <summary>The first report's place, else any report's.</summary>
    public EventPlace? Place => Reports.Select(r => r.Event.Place).FirstOrDefault(p => p?.Lat is not null);

    public EventDate? Date => Reports.Select(r => r.Event.Date).OfType<EventDate>().MinBy(d => PrecisionRank(d.Precision));

    static readonly string[] Definiteness = [EventStatus.Occurred, EventStatus.Ongoing, "reported", EventStatus.Planned, "hypothetical", "negated"];

    static int StatusRank(string status) => Array.IndexOf(Definiteness, status) is var i and >= 0 ? i : Definiteness.Length;

    static int PrecisionRank(string precision) => precision switch { "day" => 0, "week" => 1, "month" => 2, "year" => 3, _ => 4 };
}
