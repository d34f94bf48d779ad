using Sitrep.Documents;
using Sitrep.Places.Geometry;

namespace Sitrep.Stories;

/// <summary>
/// Whether an event reports the same happening as an incident: compatible type, places within their radii, dates
/// within their precision, and actors that overlap or are unknown on one side. An event with no place never merges:
/// "a strike" without a where is not evidence of being the same strike.
/// </summary>
internal sealed class IncidentMatcher(IncidentOptions options)
{
    public bool Matches(Incident incident, IncidentReport report)
    {
        if (incident.Reports.Any(r => r.DocumentId == report.DocumentId)) return false;   // one document's events are merged by its own stage
        var e = report.Event;
        return e.Type == incident.Type && Near(incident.Place, e.Place) && SameTime(incident.Date, e.Date) &&
               incident.Reports.Any(r => ActorsCompatible(r.Event, e));
    }

    bool Near(EventPlace? a, EventPlace? b)
    {
        if (a?.Lat is not { } la || a.Lon is not { } loa || b?.Lat is not { } lb || b.Lon is not { } lob) return false;
        double reach = Math.Max(options.MinRadiusKm, Math.Max(a.RadiusKm ?? 0, b.RadiusKm ?? 0));
        return new GeoPoint(la, loa).DistanceKm(new GeoPoint(lb, lob)) <= reach;
    }

    /// <summary>Dates agree when the finer one falls inside the coarser one (a day within its month); a missing date does not contradict.</summary>
    static bool SameTime(EventDate? a, EventDate? b)
    {
        if (a is null || b is null) return true;
        int n = Math.Min(a.Value.Length, b.Value.Length);
        if (a.Value.AsSpan(0, n).SequenceEqual(b.Value.AsSpan(0, n))) return true;
        // Two day dates one day apart ("overnight", a report written the day after).
        return DateOnly.TryParse(a.Value, out var da) && DateOnly.TryParse(b.Value, out var db) && Math.Abs(da.DayNumber - db.DayNumber) <= 1;
    }

    /// <summary>Actors overlap by name, entity or country and sector; an unnamed side is compatible with anything.</summary>
    static bool ActorsCompatible(EventRecord a, EventRecord b)
    {
        if (a.Actors.Count == 0 || b.Actors.Count == 0) return true;
        return a.Actors.Any(x => b.Actors.Any(y =>
            string.Equals(x.Text, y.Text, StringComparison.OrdinalIgnoreCase) ||
            (x.Country != null && x.Country == y.Country && (x.Sector == null || y.Sector == null || x.Sector == y.Sector)) ||
            (x.Country == null && y.Country == null && x.Sector != null && x.Sector == y.Sector)));
    }
}
