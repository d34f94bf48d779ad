using System.Globalization;
using Sitrep.Countries;
using Sitrep.Documents;
using Sitrep.Time.Normalization;

namespace Sitrep.Storage.Export;

/// <summary>Values several exporters derive the same way from an event.</summary>
static partial class EventFields
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Names(IEnumerable<EventParticipant> ps) => string.Join("; ", ps.Select(p => p.Text));

    /// <summary>The first day of the event's period (a week's Monday, a month's first day), or null without a usable date.</summary>
    public static DateOnly? FirstDay(EventRecord e) =>
        e.Date?.Value is { } v ? TimexPeriods.FirstDay(v) : null;

    /// <summary>yyyyMMdd of <see cref="FirstDay"/>; "" without a date.</summary>
    public static string CompactDate(EventRecord e) => FirstDay(e)?.ToString("yyyyMMdd", Inv) ?? "";

    /// <summary>yyyy-MM-dd of <see cref="FirstDay"/>; "" without a date.</summary>
    public static string IsoDate(EventRecord e) => FirstDay(e)?.ToString("yyyy-MM-dd", Inv) ?? "";

    /// <summary>The country of the event's place, never an actor's nationality.</summary>
    public static Country? PlaceCountry(EventRecord e) => CountryTable.ByIso3(e.Place?.Country);

    /// <summary>
    /// A positive integer id that depends only on the document and the event, never on the query: 12 hex digits of the
    /// document id (48 bits) times 10,000 plus the event's number (E7 → 7; caption events C2-E3 → 5000 + 2·100 + 3).
    /// </summary>
    public static long StableNumber(StoredEvent s)
    {
        long doc = long.Parse(s.DocumentId.AsSpan(0, Math.Min(12, s.DocumentId.Length)), NumberStyles.HexNumber, Inv);
        return doc * 10_000 + EventNumber(s.Event.Id);
    }

    static int EventNumber(string id)
    {
        var m = EventIdPattern().Match(id);
        if (!m.Success) return 9000 + (int)(id.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u) % 1000); // FNV-1a: stable across runs
        int n = int.Parse(m.Groups[2].Value, Inv);
        return m.Groups[1].Success ? 5000 + int.Parse(m.Groups[1].Value, Inv) % 40 * 100 + n % 100 : n % 5000;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:C(\d+)-)?E(\d+)$")]
    private static partial System.Text.RegularExpressions.Regex EventIdPattern();

    /// <summary>The outlet that published the report: the document's publisher, else its URL's host.</summary>
    public static string? Outlet(StoredEvent s) =>
        s.Publisher ?? (Uri.TryCreate(s.Url, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host) : null);

    /// <summary>The outlet, else the name of the file the document was read from ("unknown" when neither is known).</summary>
    public static string OutletOrFile(StoredEvent s) =>
        Outlet(s) ?? (s.SourcePath is { Length: > 0 } path ? Path.GetFileName(path.TrimEnd('/')) : "unknown");

    /// <summary>The article URL, else where the document was read from (archive member included).</summary>
    public static string SourceLink(StoredEvent s) => s.Url ?? (s.Locator is { } loc ? $"{s.SourcePath}:{loc}" : s.SourcePath ?? "");

    public static string Number(double? v, string format = "0.####") => v?.ToString(format, Inv) ?? "";
}
