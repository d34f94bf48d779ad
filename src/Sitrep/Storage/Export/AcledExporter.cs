using System.Globalization;
using Sitrep.Countries;
using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// ACLED's current 31 export columns as CSV with a header, with codebook values only. An event is written when it
/// has an ACLED category, a date, and a place in a known country (ACLED rows always have all three); occurred and
/// ongoing events by default.
/// </summary>
internal sealed class AcledExporter : IEventExporter
{
    public string Format => "acled";
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static readonly string[] Header =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>ACLED's name for a perpetrator the report does not name (coded as a political militia).</summary>
    public const string UnidentifiedArmedGroup = "Unidentified Armed Group";

    public IReadOnlyList<string>? DefaultStatuses => EventExporters.Factual;

    public bool Includes(EventRecord e) => Coding.Of(e) is not null;

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var csv = new SpreadsheetCsv(output);
        csv.Row(Header);
        int n = 0;
        foreach (var s in events)
        {
            if (Coding.Of(s.Event) is not { } c) continue;
            csv.Row(Row(s, c));
            n++;
        }
        return n;
    }

    static object?[] Row(StoredEvent s, Coding c)
    {
        var e = s.Event;
        var p = e.Place!;
        string date = c.Day.ToString("yyyy-MM-dd", Inv);
        return
        [
            c.Country.Iso3 + EventFields.StableNumber(s).ToString(Inv), date, c.Day.Year, TimePrecision(e.Date!),
            c.Category.Disorder, c.Category.EventType, c.Category.SubEventType,
            c.Actor1, c.Assoc1, c.Inter1, c.Actor2 ?? "", c.Assoc2, c.Inter2 == 0 ? "" : c.Inter2,
            AcledCategories.Interaction(c.Inter1, c.Inter2),
            c.Category.PoliticalViolence && c.Inter2 == 7 ? "Civilian targeting" : "",
            int.Parse(c.Country.IsoNumeric, Inv), c.Country.AcledRegion, c.Country.AcledName,
            p.Feature == "A.ADM1" ? p.Name : p.Admin1 ?? "", "", "", p.Name,
            p.Lat?.ToString("F4", Inv) ?? "", p.Lon?.ToString("F4", Inv) ?? "", GeoPrecision(p),
            EventFields.Outlet(s) ?? "", SourceScale(s, c.Country), s.SentenceText.ReplaceLineEndings(" "),
            e.Dead?.Low ?? e.Dead?.Best ?? 0, e.Status == EventStatus.Occurred ? "" : "status: " + e.Status,
            DateTimeOffset.TryParse(s.StoredAt, Inv, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUnixTimeSeconds() : "",
        ];
    }

    /// <summary>1 a day, 2 a week, 3 anything coarser (ACLED's "month").</summary>
    static int TimePrecision(EventDate d) => d.Precision switch { "day" => 1, "week" => 2, _ => 3 };

    /// <summary>1 a town, 2 near a town or part of a region, 3 a larger region.</summary>
    static int GeoPrecision(EventPlace p) =>
        p.Feature is { } f && (f.StartsWith('A') || f.StartsWith('L')) ? 3 : p.Approximate ? 2 : 1;

    /// <summary>"National" when the outlet's country (by its URL's country domain) is the event's, "International" when another; "" when unknown.</summary>
    static string SourceScale(StoredEvent s, Country eventCountry)
    {
        if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var u)) return "";
        var tld = u.Host[(u.Host.LastIndexOf('.') + 1)..];
        if (tld.Length != 2 || CountryTable.ByIso2(tld.Equals("uk", StringComparison.OrdinalIgnoreCase) ? "GB" : tld) is not { } outlet) return "";
        return outlet.Iso3 == eventCountry.Iso3 ? "National" : "International";
    }

    /// <summary>An event's ACLED coding: category, day, country and the two actor sides with valid inter codes.</summary>
    sealed record Coding(AcledCategories.Category Category, DateOnly Day, Country Country,
        string Actor1, string Assoc1, int Inter1, string? Actor2, string Assoc2, int Inter2)
    {
        public static Coding? Of(EventRecord e)
        {
            if (AcledCategories.Of(e) is not { } cat || EventFields.FirstDay(e) is not { } day || EventFields.PlaceCountry(e) is not { } country)
                return null;
            var side1 = Side(e.Actors, true, cat, country);
            var side2 = Side(e.Recipients, false, cat, country);
            // Civilians are only ever the second side: ACLED has no civilian perpetrators (no 70 or 77).
            if (side1.Inter == 7 && side2.Inter != 7) (side1, side2) = (side2, side1);
            if (side1.Inter is 0 or 7 && cat.PoliticalViolence)
                side1 = ($"{UnidentifiedArmedGroup} ({country.AcledName})", "", 3);
            if (side1.Inter == 0 && side2.Inter == 0) return null;
            if (side1.Inter == 0) (side1, side2) = (side2, (null, "", 0));
            if (!AcledCategories.Interactions.Contains(AcledCategories.Interaction(side1.Inter, side2.Inter))) return null;
            return new Coding(cat, day, country, side1.Name!, side1.Assoc, side1.Inter, side2.Name, side2.Assoc, side2.Inter);
        }

        static (string? Name, string Assoc, int Inter) Side(List<EventParticipant> ps, bool isActor, AcledCategories.Category cat, Country country)
        {
            if (ps.Count == 0) return (null, "", 0);
            return (ps[0].Text, string.Join("; ", ps.Skip(1).Select(a => a.Text)), AcledCategories.Inter(ps[0], isActor, cat, country.Iso3));
        }
    }
}
