using System.Globalization;
using Sitrep.Countries;
using Sitrep.Documents;
using Sitrep.Events.Plover;

namespace Sitrep.Storage;

/// <summary>Filters as a user typed them (command-line options or URL query parameters), before validation.</summary>
public sealed record EventFilterText
{
    public string? Since { get; init; }
    public string? Until { get; init; }
    public string? Type { get; init; }
    public string? Actor { get; init; }
    public string? Country { get; init; }
    /// <summary>Comma-separated statuses.</summary>
    public string? Status { get; init; }
    public string? Doc { get; init; }
    /// <summary>"LAT,LON" or a place name.</summary>
    public string? Near { get; init; }
    public double? RadiusKm { get; init; }
    /// <summary>Part of the outlet's name or the input file's.</summary>
    public string? Source { get; init; }
    /// <summary>Space-separated words, all of which must occur in the event's sentence, title, participants or place.</summary>
    public string? Text { get; init; }
    /// <summary>"WEST,SOUTH,EAST,NORTH" in degrees.</summary>
    public string? Bbox { get; init; }
    /// <summary>A field of <see cref="EventSort.Fields"/>, with a leading '-' for descending.</summary>
    public string? Sort { get; init; }
    public int? Offset { get; init; }
    /// <summary><c>incident</c> (one row per incident) or <c>report</c> (every stored event); default report.</summary>
    public string? Per { get; init; }
    public int? Limit { get; init; }
}

/// <summary>A filter value that cannot mean anything; <see cref="Filter"/> names the filter (country, since…).</summary>
public sealed class EventFilterException(string filter, string message) : ArgumentException(message)
{
    public string Filter { get; } = filter;
}

/// <summary>Turns <see cref="EventFilterText"/> into an <see cref="EventQuery"/>, refusing any value that would silently match nothing.</summary>
public static class EventFilterParser
{
    public static readonly IReadOnlyList<string> Statuses =
        [EventStatus.Occurred, EventStatus.Ongoing, EventStatus.Planned, EventStatus.Hypothetical, EventStatus.Negated, EventStatus.Reported];

    /// <exception cref="EventFilterException">A value is malformed or unknown.</exception>
    public static EventQuery Parse(EventFilterText f)
    {
        var q = new EventQuery
        {
            Since = Date("since", f.Since),
            Until = Date("until", f.Until),
            Type = Type(f.Type),
            Actor = Blank(f.Actor) ? null : f.Actor!.Trim(),
            Country = Country(f.Country),
            Statuses = StatusList(f.Status),
            DocumentId = Doc(f.Doc),
            Sort = Sort(f.Sort),
            Per = f.Per switch
            {
                null or "" or "report" => EventGrouping.Report,
                "incident" => EventGrouping.Incident,
                _ => throw new EventFilterException("per", $"'{f.Per}' is neither incident nor report"),
            },
            Source = Blank(f.Source) ? null : f.Source!.Trim(),
            Words = Blank(f.Text) ? [] : f.Text!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Box = Box(f.Bbox),
            Offset = f.Offset is { } o ? (o >= 0 ? o : throw new EventFilterException("offset", $"'{o}' is negative")) : 0,
            Limit = f.Limit is { } l ? (l >= 0 ? l : throw new EventFilterException("limit", $"'{l}' is negative")) : null,
        };
        if (q.Since != null && q.Until != null && string.CompareOrdinal(q.Until, q.Since[..Math.Min(q.Since.Length, q.Until.Length)]) < 0)
            throw new EventFilterException("until", $"'{q.Until}' is before --since '{q.Since}'");
        if (f.RadiusKm is { } r && (r <= 0 || double.IsNaN(r) || r > 20_000))
            throw new EventFilterException("radius", $"'{r.ToString(CultureInfo.InvariantCulture)}' is not a distance in km (0 < km ≤ 20000)");
        if (Blank(f.Near))
        {
            if (f.RadiusKm != null) throw new EventFilterException("radius", "needs --near");
            return q;
        }
        q = q with { RadiusKm = f.RadiusKm ?? q.RadiusKm };
        return LatLon(f.Near!) is { } p ? q with { NearLat = p.Lat, NearLon = p.Lon } : q with { NearPlace = f.Near!.Trim() };
    }

    static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date.</summary>
    static string? Date(string filter, string? s)
    {
        if (Blank(s)) return null;
        var v = s!.Trim();
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new EventFilterException(filter, $"'{v}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return v;
    }

    static string? Type(string? s)
    {
        if (Blank(s)) return null;
        var v = s!.Trim().ToUpperInvariant();
        return PloverOntology.Default.IsType(v) ? v
            : throw new EventFilterException("type", $"'{s}' is not a PLOVER event type ({string.Join(", ", PloverOntology.Default.Types)})");
    }

    static string? Country(string? s)
    {
        if (Blank(s)) return null;
        return CountryTable.Lookup(s) is { } c ? c.Iso3
            : throw new EventFilterException("country", $"'{s}' is neither an ISO 3166 alpha-3 code nor a country name");
    }

    static IReadOnlyList<string>? StatusList(string? s)
    {
        if (Blank(s)) return null;
        var list = s!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => x.ToLowerInvariant()).Distinct().ToList();
        foreach (var x in list)
            if (!Statuses.Contains(x)) throw new EventFilterException("status", $"'{x}' is not an event status ({string.Join(", ", Statuses)})");
        return list.Count == 0 ? null : list;
    }

    static string? Doc(string? s)
    {
        if (Blank(s)) return null;
        var v = s!.Trim().ToLowerInvariant();
        return v.All(char.IsAsciiHexDigit) ? v : throw new EventFilterException("doc", $"'{s}' is not a document id (hexadecimal)");
    }

    static EventSort Sort(string? s)
    {
        if (Blank(s)) return EventSort.Default;
        var v = s!.Trim().ToLowerInvariant();
        bool descending = v.StartsWith('-');
        var field = descending ? v[1..] : v;
        return EventSort.Fields.Contains(field) ? new EventSort(field, descending)
            : throw new EventFilterException("sort", $"'{s}' is not a sort field ({string.Join(", ", EventSort.Fields)}; '-' before one for descending)");
    }

    static GeoBox? Box(string? s)
    {
        if (Blank(s)) return null;
        var parts = s!.Split(',');
        var v = new double[4];
        bool ok = parts.Length == 4;
        for (int i = 0; ok && i < 4; i++)
            ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) && double.IsFinite(v[i]);
        if (!ok || v[1] > v[3] || Math.Abs(v[1]) > 90 || Math.Abs(v[3]) > 90 || Math.Abs(v[0]) > 180 || Math.Abs(v[2]) > 180)
            throw new EventFilterException("bbox", $"'{s}' is not WEST,SOUTH,EAST,NORTH in degrees");
        return new GeoBox(v[0], v[1], v[2], v[3]);
    }

    static (double Lat, double Lon)? LatLon(string s)
    {
        var parts = s.Split(',');
        if (parts.Length != 2 ||
            !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
            !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            return null;
        return Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 ? (lat, lon)
            : throw new EventFilterException("near", $"'{s}' is outside latitude -90..90, longitude -180..180");
    }
}
