using System.Globalization;
using System.Text;
using Sitrep.Countries;
using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// GDELT 2.0 event export: 61 tab-separated columns, no header, as the GDELT codebook defines them. CAMEO codes come
/// from the event's PLOVER→CAMEO mapping; actor codes are ISO3 (or PLOVER's international code) + CAMEO role;
/// geography uses FIPS 10-4 country codes and FIPS+admin-1 ADM1 codes as GDELT does. Fields GDELT has and Sitrep
/// does not measure (tone, mention counts across sources) are 0 or 1. Holds occurred and ongoing events by default.
/// </summary>
internal sealed class GdeltExporter : IEventExporter
{
    public string Format => "gdelt";
    public const int Columns = 61;
    const int LeadChars = 400;
    /// <summary>GDELT's records start in 1979; an earlier "date" is a misread time ("1400 GMT") and is not written.</summary>
    static readonly DateOnly FirstDate = new(1979, 1, 1);
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public IReadOnlyList<string>? DefaultStatuses => EventExporters.Factual;

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        int n = 0;
        foreach (var s in events)
        {
            w.WriteLine(string.Join('\t', Row(s).Select(Clean)));
            n++;
        }
        return n;
    }

    public static List<string> Row(StoredEvent s)
    {
        var e = s.Event;
        var day = EventFields.FirstDay(e) is { } d && d >= FirstDate ? d : (DateOnly?)null;
        if (day is null && e.Date is null && DateOnly.TryParse(s.Published?[..Math.Min(10, s.Published.Length)], Inv, out var published) && published >= FirstDate)
            day = published;
        string code = e.Cameo ?? "";
        string root = code.Length >= 2 ? code[..2] : "";
        var cols = new List<string>(Columns)
        {
            EventFields.StableNumber(s).ToString(Inv),
            day?.ToString("yyyyMMdd", Inv) ?? "",
            day?.ToString("yyyyMM", Inv) ?? "",
            day?.ToString("yyyy", Inv) ?? "",
            // As GDELT computes it: ((month - 1) * 30 + day) / 365.
            day is { } f ? (f.Year + ((f.Month - 1) * 30 + f.Day) / 365.0).ToString("F4", Inv) : "",
        };
        cols.AddRange(Actor(e.Actors.FirstOrDefault()));
        cols.AddRange(Actor(e.Recipients.FirstOrDefault()));
        cols.Add(e.Sentence.Start < LeadChars && e.CaptionIndex is null ? "1" : "0"); // IsRootEvent: from the lead paragraph
        cols.Add(code);
        cols.Add(code.Length >= 3 ? code[..3] : code);
        cols.Add(root);
        cols.Add(root.Length == 2 ? CameoCodes.QuadClass(root).ToString(Inv) : "");
        cols.Add(CameoCodes.Goldstein(code)?.ToString("0.0", Inv) ?? "");
        // NumMentions (reports of the incident), NumSources (outlets), NumArticles (documents), AvgTone
        cols.AddRange([s.Reports.ToString(Inv), s.Outlets.ToString(Inv), s.Sources.ToString(Inv), "0"]);
        var geo = Geo(e.Place);
        cols.AddRange(e.Actors.Count > 0 ? geo : NoGeo);
        cols.AddRange(e.Recipients.Count > 0 ? geo : NoGeo);
        cols.AddRange(geo);
        cols.Add(DateAdded(s));
        cols.Add(EventFields.SourceLink(s));
        return cols;
    }

    static IEnumerable<string> Actor(EventParticipant? a)
    {
        if (a is null) return Enumerable.Repeat("", 10);
        string country = PloverCodes.Country(a) ?? "";
        string role = CameoCodes.Role(a.Sector);
        return [country + role, a.Text.ToUpperInvariant(), country, "", "", "", "", role, "", ""];
    }

    static readonly string[] NoGeo = ["0", "", "", "", "", "", "", ""];

    /// <summary>Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID.</summary>
    static string[] Geo(EventPlace? p)
    {
        if (p?.Lat is not { } lat || p.Lon is not { } lon || CountryTable.ByIso3(p.Country) is not { Fips.Length: 2 } country) return NoGeo;
        bool us = country.Iso3 == "USA";
        string feature = p.Feature ?? "";
        // Codebook: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world state (ADM1).
        int type = feature.StartsWith("A.PCL", StringComparison.Ordinal) ? 1 : feature == "A.ADM1" ? (us ? 2 : 5) : us ? 3 : 4;
        string adm1 = type == 1 ? country.Fips : country.Fips + (p.Admin1Code is { Length: 2 } a1 ? a1 : "00");
        string fullName = type == 1 ? country.Name : string.Join(", ", new[] { p.Name, type is 2 or 5 ? null : p.Admin1, country.Name }.Where(x => !string.IsNullOrEmpty(x)));
        string featureId = type == 1 ? country.Fips : p.GeonameId?.ToString(Inv) ?? "";
        return [type.ToString(Inv), fullName, country.Fips, adm1, "", lat.ToString("0.####", Inv), lon.ToString("0.####", Inv), featureId];
    }

    /// <summary>When the event entered the store (YYYYMMDDHHMMSS, UTC), so the same database always exports the same rows.</summary>
    static string DateAdded(StoredEvent s) =>
        DateTimeOffset.TryParse(s.StoredAt, Inv, DateTimeStyles.AssumeUniversal, out var t) ? t.UtcDateTime.ToString("yyyyMMddHHmmss", Inv) : "";

    static string Clean(string s) => s.Replace('\t', ' ').ReplaceLineEndings(" ");
}
