using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Web.Api;

namespace Sitrep.Web;

/// <summary>
/// Validated event filters. What <see cref="EventQuery"/> has goes to the library's query; status, document,
/// source, text and bbox are applied to its results here until the store's query takes them too.
/// </summary>
public sealed partial record EventFilter
{
    public EventQuery Query { get; init; } = new();
    public string? Status { get; init; }
    public string? Document { get; init; }
    public string? Source { get; init; }
    public string[] Words { get; init; } = [];
    public (double West, double South, double East, double North)? Bbox { get; init; }

    /// <summary>Equal for filters that select the same events (the cache key).</summary>
    public string Key => string.Join('\u001f', Query.Type, Query.Country, Query.Since, Query.Until, Query.Actor, Query.NearLat, Query.NearLon,
        Query.RadiusKm, Status, Document, Source, Bbox, string.Join(' ', Words));

    public static readonly string[] Statuses =
        [EventStatus.Occurred, EventStatus.Ongoing, EventStatus.Planned, EventStatus.Hypothetical, EventStatus.Negated, EventStatus.Reported];

    const int MaxLength = 200;

    /// <summary>The filter, or the problems with each parameter (for a 400 problem details).</summary>
    public static EventFilter? Parse(EventParams p, Func<string, (double Lat, double Lon)?> findPlace, out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        void Fail(string name, string message) => problems[name] = [message];
        string? Check(string name, string? value, Regex? shape, string expected)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            value = value.Trim();
            if (value.Length > MaxLength || (shape != null && !shape.IsMatch(value))) { Fail(name, expected); return null; }
            return value;
        }

        var query = new EventQuery
        {
            Type = Check("type", p.Type, TypeShape(), "a PLOVER type such as ASSAULT")?.ToUpperInvariant(),
            Country = Check("country", p.Country, CountryShape(), "an ISO 3166 alpha-3 code such as IRQ")?.ToUpperInvariant(),
            Since = Check("since", p.Since, DateShape(), "a date YYYY, YYYY-MM or YYYY-MM-DD"),
            Until = Check("until", p.Until, DateShape(), "a date YYYY, YYYY-MM or YYYY-MM-DD"),
            Actor = Check("actor", p.Actor, null, $"at most {MaxLength} characters"),
        };
        var status = Check("status", p.Status, null, "")?.ToLowerInvariant();
        if (status != null && !Statuses.Contains(status)) Fail("status", "one of " + string.Join(", ", Statuses));
        var document = Check("doc", p.Document, DocumentShape(), "a document id (hexadecimal)")?.ToLowerInvariant();
        var source = Check("source", p.Source, null, $"at most {MaxLength} characters");
        var text = Check("q", p.Text, null, $"at most {MaxLength} characters");

        if (p.RadiusKm is { } radius)
        {
            if (radius is > 0 and <= 20_000) query = query with { RadiusKm = radius };
            else Fail("radius", "a radius in km, above 0 and at most 20000");
        }
        if (Check("near", p.Near, null, $"at most {MaxLength} characters") is { } near)
        {
            if ((ParseNumbers(near, 2) is [var lat, var lon] && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 ? (lat, lon) : findPlace(near)) is { } point)
                query = query with { NearLat = point.Lat, NearLon = point.Lon };
            else Fail("near", "LAT,LON or the name of a place among stored events");
        }
        (double, double, double, double)? bbox = null;
        if (Check("bbox", p.Bbox, null, "") is { } b)
        {
            if (ParseNumbers(b, 4) is [var w, var s, var e, var n] && s <= n && Math.Abs(s) <= 90 && Math.Abs(n) <= 90 && Math.Abs(w) <= 180 && Math.Abs(e) <= 180)
                bbox = (w, s, e, n);
            else Fail("bbox", "west,south,east,north in degrees");
        }

        errors = problems;
        if (problems.Count > 0) return null;
        return new EventFilter
        {
            Query = query, Status = status, Document = document, Source = source, Bbox = bbox,
            Words = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };
    }

    static double[]? ParseNumbers(string s, int count)
    {
        var parts = s.Split(',');
        if (parts.Length != count) return null;
        var values = new double[count];
        for (int i = 0; i < count; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])) return null;
        return values;
    }

    /// <summary>The filters the library's query does not take yet.</summary>
    public bool Matches(StoredEvent s)
    {
        var e = s.Event;
        if (Status != null && e.Status != Status) return false;
        if (Document != null && !s.DocumentId.StartsWith(Document, StringComparison.Ordinal)) return false;
        if (Source != null && !EventSources.Of(s).Contains(Source, StringComparison.OrdinalIgnoreCase)) return false;
        if (Bbox is var (w, south, east, n))
        {
            if (e.Place?.Lat is not { } lat || e.Place.Lon is not { } lon || lat < south || lat > n) return false;
            // A box across the antimeridian has west > east.
            if (w <= east ? lon < w || lon > east : lon < w && lon > east) return false;
        }
        foreach (var word in Words)
            if (!Mentions(s, word)) return false;
        return true;
    }

    static bool Mentions(StoredEvent s, string word) =>
        s.SentenceText.Contains(word, StringComparison.OrdinalIgnoreCase) ||
        (s.Title?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false) ||
        (s.Event.Place?.Name.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false) ||
        s.Event.Actors.Concat(s.Event.Recipients).Any(a => a.Text.Contains(word, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^[A-Za-z_]{2,40}$")] private static partial Regex TypeShape();
    [GeneratedRegex("^[A-Za-z]{3}$")] private static partial Regex CountryShape();
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")] private static partial Regex DateShape();
    [GeneratedRegex("^[0-9A-Fa-f]{4,64}$")] private static partial Regex DocumentShape();
}
