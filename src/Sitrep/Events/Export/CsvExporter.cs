using System.Globalization;
using CsvHelper;
using Sitrep.Storage;

namespace Sitrep.Events.Export;

/// <summary>One row per event with flat columns, for spreadsheets.</summary>
public sealed class CsvExporter : IEventExporter
{
    public string Format => "csv";

    static readonly string[] Header =
    [
        "event_id", "document_id", "date", "date_precision", "type", "mode", "context", "status",
        "actors", "actor_countries", "actor_sectors", "recipients", "recipient_countries", "recipient_sectors",
        "place", "geonameid", "latitude", "longitude", "approximate", "radius_km",
        "dead", "injured", "arrested", "size", "cameo", "confidence", "sentence", "url", "source_path",
    ];

    public int Write(Stream output, IEnumerable<StoredEvent> events)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        foreach (var h in Header) csv.WriteField((object)h);
        csv.EndRecord();
        int n = 0;
        foreach (var s in events)
        {
            var e = s.Event;
            object?[] row =
            [
                $"{s.DocumentId}-{e.Id}", s.DocumentId, e.Date?.Value, e.Date?.Precision, e.Type, e.Mode, string.Join(";", e.Context), e.Status,
                EventFields.Names(e.Actors), string.Join(";", e.Actors.Select(a => a.Country)), string.Join(";", e.Actors.Select(a => a.Sector)),
                EventFields.Names(e.Recipients), string.Join(";", e.Recipients.Select(a => a.Country)), string.Join(";", e.Recipients.Select(a => a.Sector)),
                e.Place?.Name, e.Place?.GeonameId, e.Place?.Lat, e.Place?.Lon, e.Place?.Approximate, e.Place?.RadiusKm,
                e.Dead?.Best, e.Injured?.Best, e.Arrested?.Best, e.Size?.Best, e.Cameo, Math.Round(e.Confidence, 3),
                s.SentenceText.ReplaceLineEndings(" "), s.Url, s.SourcePath,
            ];
            foreach (var field in row) csv.WriteField((object)(Convert.ToString(field, CultureInfo.InvariantCulture) ?? ""));
            csv.EndRecord();
            n++;
        }
        return n;
    }
}
