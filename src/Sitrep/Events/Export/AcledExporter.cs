using System.Globalization;
using CsvHelper;
using Sitrep.Storage;

namespace Sitrep.Events.Export;

/// <summary>
/// ACLED's current 31 export columns as CSV with a header. Only events with an ACLED category
/// (political violence, demonstrations, strategic developments) are written.
/// </summary>
public sealed class AcledExporter : IEventExporter
{
    public string Format => "acled";

    public static readonly string[] Header =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        foreach (var h in Header) csv.WriteField((object)h);
        csv.EndRecord();
        int n = 0;
        var inv = CultureInfo.InvariantCulture;
        foreach (var s in events)
        {
            var e = s.Event;
            if (AcledCategories.Of(e) is not { } cat) continue;
            string? iso3 = EventFields.Country(e);
            var country = CountryCodes.Find(iso3);
            var a1 = e.Actors.FirstOrDefault();
            var a2 = e.Recipients.FirstOrDefault();
            int inter1 = AcledCategories.Inter(a1, e, iso3), inter2 = AcledCategories.Inter(a2, e, iso3);
            string date = EventFields.IsoDate(e);
            string precision = e.Date?.Precision switch { "day" => "1", "week" => "2", null => "", _ => "3" };
            string geoPrecision = e.Place is null ? "" : e.Place.Approximate ? "2" : e.Place.Feature is { } f && f.StartsWith("A.", StringComparison.Ordinal) ? "3" : "1";
            object?[] row =
            [
                $"{iso3 ?? "XXX"}{s.DocumentId[..6].ToUpperInvariant()}{e.Id}", date, date.Length >= 4 ? date[..4] : "", precision,
                cat.Disorder, cat.EventType, cat.SubEventType,
                a1?.Text, string.Join("; ", e.Actors.Skip(1).Select(a => a.Text)), inter1 == 0 ? "" : inter1.ToString(inv),
                a2?.Text, string.Join("; ", e.Recipients.Skip(1).Select(a => a.Text)), inter2 == 0 ? "" : inter2.ToString(inv),
                Interaction(inter1, inter2),
                cat.Disorder == "Political violence" && inter2 == 7 ? "Civilian targeting" : "",
                country?.IsoNumeric, "", country?.Name, e.Place?.Admin1, "", "", e.Place?.Name,
                e.Place?.Lat?.ToString("F4", inv), e.Place?.Lon?.ToString("F4", inv), geoPrecision,
                s.Title ?? s.Url ?? s.SourcePath, "", s.SentenceText.ReplaceLineEndings(" "),
                (e.Dead?.Low ?? e.Dead?.Best ?? 0).ToString(inv), e.Status == "occurred" ? "" : "status: " + e.Status,
                DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(inv),
            ];
            foreach (var field in row) csv.WriteField((object)(Convert.ToString(field, CultureInfo.InvariantCulture) ?? ""));
            csv.EndRecord();
            n++;
        }
        return n;
    }

    /// <summary>The older numeric interaction: the two inter codes, lower first (10, 20 ... for a sole actor).</summary>
    static string Interaction(int a, int b) => (a, b) switch
    {
        (0, 0) => "",
        (_, 0) => (a * 10).ToString(CultureInfo.InvariantCulture),
        (0, _) => (b * 10).ToString(CultureInfo.InvariantCulture),
        _ => (Math.Min(a, b) * 10 + Math.Max(a, b)).ToString(CultureInfo.InvariantCulture),
    };
}
