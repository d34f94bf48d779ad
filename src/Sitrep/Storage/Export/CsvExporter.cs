using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>One row per event with flat columns, for spreadsheets (RFC 4180, no formula cells).</summary>
internal sealed class CsvExporter : IEventExporter
{
    public string Format => "csv";

    public static readonly string[] Header =
    [
        "event_id", "document_id", "date", "date_value", "date_precision", "type", "mode", "context", "status",
        "actors", "actor_countries", "actor_sectors", "recipients", "recipient_countries", "recipient_sectors",
        "place", "country", "geonameid", "latitude", "longitude", "approximate", "radius_km",
        "dead", "injured", "arrested", "size", "cameo", "confidence", "sentence", "url", "publisher", "source_path",
    ];

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var csv = new SpreadsheetCsv(output);
        csv.Row(Header);
        int n = 0;
        foreach (var s in events)
        {
            var e = s.Event;
            csv.Row(
            [
                s.Id, s.DocumentId, EventFields.IsoDate(e), e.Date?.Value, e.Date?.Precision, e.Type, e.Mode, string.Join(";", e.Context), e.Status,
                EventFields.Names(e.Actors), Join(e.Actors, PloverCodes.Country), Join(e.Actors, a => a.Sector),
                EventFields.Names(e.Recipients), Join(e.Recipients, PloverCodes.Country), Join(e.Recipients, a => a.Sector),
                e.Place?.Name, e.Place?.Country, e.Place?.GeonameId, e.Place?.Lat, e.Place?.Lon, e.Place?.Approximate, e.Place?.RadiusKm,
                e.Dead?.Best, e.Injured?.Best, e.Arrested?.Best, e.Size?.Best, e.Cameo, Math.Round(e.Confidence, 3),
                s.SentenceText.ReplaceLineEndings(" "), s.Url, s.Publisher, s.SourcePath,
            ]);
            n++;
        }
        return n;
    }

    static string Join(IEnumerable<EventParticipant> ps, Func<EventParticipant, string?> field) => string.Join(";", ps.Select(field));
}
