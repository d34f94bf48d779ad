using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Events.Export;

/// <summary>
/// GDELT 2.0 event export: 61 tab-separated columns, no header. CAMEO codes come from the event's
/// PLOVER→CAMEO mapping; actor codes are ISO3 + CAMEO role; geography uses FIPS 10-4 as GDELT does.
/// Fields GDELT has and Sitrep does not measure (tone, mention counts across sources) are 0 or empty.
/// </summary>
public sealed class GdeltExporter : IEventExporter
{
    public string Format => "gdelt";
    public const int Columns = 61;
    const int LeadChars = 400;

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        int n = 0;
        foreach (var s in events)
        {
            var cols = Row(s, n + 1);
            w.WriteLine(string.Join('\t', cols.Select(Clean)));
            n++;
        }
        return n;
    }

    public static List<string> Row(StoredEvent s, long sequence)
    {
        var e = s.Event;
        var inv = CultureInfo.InvariantCulture;
        string date = EventFields.CompactDate(e);
        if (date.Length == 0 && s.Published is { Length: >= 10 } pub) date = pub[..10].Replace("-", "");
        string code = e.Cameo ?? "";
        string root = code.Length >= 2 ? code[..2] : "";
        var cols = new List<string>(Columns)
        {
            (long.Parse(s.DocumentId[..8], NumberStyles.HexNumber) % 1_000_000_000 * 1000 + sequence).ToString(inv),
            date,
            date.Length >= 6 ? date[..6] : "",
            date.Length >= 4 ? date[..4] : "",
            date.Length == 8 ? (int.Parse(date[..4]) + (int.Parse(date[4..6]) * 30 + int.Parse(date[6..8])) / 365.0).ToString("F4", inv) : "",
        };
        cols.AddRange(Actor(e.Actors.FirstOrDefault()));
        cols.AddRange(Actor(e.Recipients.FirstOrDefault()));
        cols.Add(e.Sentence.Start < LeadChars ? "1" : "0"); // IsRootEvent: from the lead paragraph
        cols.Add(code);
        cols.Add(code.Length >= 3 ? code[..3] : code);
        cols.Add(root);
        cols.Add(root.Length == 2 ? CameoCodes.QuadClass(root).ToString(inv) : "");
        cols.Add(CameoCodes.Goldstein(root)?.ToString("F1", inv) ?? "");
        cols.AddRange(["1", "1", "1", "0"]); // NumMentions, NumSources, NumArticles, AvgTone
        var geo = Geo(e.Place);
        cols.AddRange(Geo(e.Actors.Count > 0 ? e.Place : null));
        cols.AddRange(Geo(e.Recipients.Count > 0 ? e.Place : null));
        cols.AddRange(geo);
        cols.Add(DateTime.UtcNow.ToString("yyyyMMddHHmmss", inv));
        cols.Add(s.Url ?? s.SourcePath ?? "");
        return cols;
    }

    static IEnumerable<string> Actor(EventParticipant? a)
    {
        if (a is null) return Enumerable.Repeat("", 10);
        string role = CameoCodes.Role(a.Sector);
        return [(a.Country ?? "") + role, a.Text.ToUpperInvariant(), a.Country ?? "", "", "", "", "", role, "", ""];
    }

    static IEnumerable<string> Geo(EventPlace? p)
    {
        if (p is null || p.Lat is null || p.Lon is null) return ["0", "", "", "", "", "", "", ""];
        var inv = CultureInfo.InvariantCulture;
        var country = CountryCodes.Find(p.Country);
        string type = p.Feature switch
        {
            "A.PCLI" or "A.PCLD" or "A.PCLIX" or "A.PCLS" or "A.PCLF" => "1",
            "A.ADM1" => p.Country == "USA" ? "2" : "5",
            _ => p.Country == "USA" ? "3" : "4",
        };
        string fips = country?.Fips ?? "";
        return [type, p.Name, fips, fips + (p.Admin1 ?? ""), "", p.Lat.Value.ToString("F4", inv), p.Lon.Value.ToString("F4", inv), p.GeonameId?.ToString(inv) ?? ""];
    }

    static string Clean(string s) => s.Replace('\t', ' ').ReplaceLineEndings(" ");
}
