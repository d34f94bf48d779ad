using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Stories;

namespace Sitrep.Storage;

/// <summary>
/// Incidents as rows: a summary row per incident (type, place, date, status, report times, source counts, count ranges)
/// and one row per reporting event. A new event is compared only with incidents of its type inside a box around its place
/// and reported within the window; the first that matches takes it, else it starts an incident of its own.
/// </summary>
sealed class IncidentRows(SqliteConnection db, IncidentOptions options)
{
    /// <summary>Search box half-size: wide enough for any radius an incident's place may carry.</summary>
    const double SearchKm = 300;

    readonly IncidentMatcher _matcher = new(options);

    public void Add(SqliteTransaction tx, Doc doc)
    {
        string? reported = doc.Info.Published?.Value;
        foreach (var e in doc.Events)
        {
            var report = new IncidentReport($"{doc.Info.Id}-{e.Id}", doc.Info.Id, doc.Info.Publisher ?? doc.Info.Url ?? doc.Info.SourcePath, e.Reported ?? reported, e);
            var incident = Candidates(tx, report).FirstOrDefault(i => _matcher.Matches(i, report))
                           ?? new Incident { Id = "I" + report.EventId };
            incident.Reports.Add(report);
            Save(tx, incident, report);
        }
    }

    IEnumerable<Incident> Candidates(SqliteTransaction tx, IncidentReport report)
    {
        if (report.Event.Place is not { Lat: { } lat, Lon: { } lon }) return [];
        using var c = db.CreateCommand();
        c.Transaction = tx;
        double dLat = SearchKm / 111.0, dLon = SearchKm / (111.0 * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
        c.CommandText = """
            SELECT id FROM incidents WHERE type = $type AND lat BETWEEN $lat0 AND $lat1 AND lon BETWEEN $lon0 AND $lon1
            AND (latest_report IS NULL OR $since IS NULL OR latest_report >= $since) ORDER BY id
            """;
        c.Parameters.AddWithValue("$type", report.Event.Type);
        c.Parameters.AddWithValue("$lat0", lat - dLat);
        c.Parameters.AddWithValue("$lat1", lat + dLat);
        c.Parameters.AddWithValue("$lon0", lon - dLon);
        c.Parameters.AddWithValue("$lon1", lon + dLon);
        c.Parameters.AddWithValue("$since", Since(report.Reported) is { } since ? since : DBNull.Value);
        var ids = new List<string>();
        using (var r = c.ExecuteReader()) while (r.Read()) ids.Add(r.GetString(0));
        return ids.Select(id => Load(tx, id));
    }

    string? Since(string? reported) =>
        reported is not null && DateTimeOffset.TryParse(reported, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? (t - options.Window).ToString("yyyy-MM-dd") : null;

    Incident Load(SqliteTransaction? tx, string id)
    {
        using var c = db.CreateCommand();
        c.Transaction = tx;
        c.CommandText = "SELECT ie.event_id, ie.document_id, ie.outlet, ie.reported, e.json FROM incident_events ie JOIN events e ON e.id = ie.event_id WHERE ie.incident_id = $id ORDER BY ie.rowid";
        c.Parameters.AddWithValue("$id", id);
        var incident = new Incident { Id = id };
        using var r = c.ExecuteReader();
        while (r.Read())
        {
            using var json = JsonDocument.Parse(r.GetString(4));
            incident.Reports.Add(new IncidentReport(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), DocJsonReader.ReadEvent(json.RootElement)));
        }
        return incident;
    }

    void Save(SqliteTransaction tx, Incident i, IncidentReport added)
    {
        using var c = db.CreateCommand();
        c.Transaction = tx;
        c.CommandText = """
            INSERT INTO incidents (id, type, status, date, date_precision, place, lat, lon, radius_km, first_report, latest_report, sources, outlets, reports,
                dead_low, dead_best, dead_high, injured_low, injured_best, injured_high, first_event)
            VALUES ($id, $type, $status, $date, $precision, $place, $lat, $lon, $radius, $first, $latest, $sources, $outlets, $reports,
                $dl, $db, $dh, $il, $ib, $ih, $firstEvent)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, date = excluded.date, date_precision = excluded.date_precision,
                first_report = excluded.first_report, latest_report = excluded.latest_report, sources = excluded.sources, outlets = excluded.outlets,
                reports = excluded.reports, dead_low = excluded.dead_low, dead_best = excluded.dead_best, dead_high = excluded.dead_high,
                injured_low = excluded.injured_low, injured_best = excluded.injured_best, injured_high = excluded.injured_high;
            INSERT INTO incident_events (event_id, incident_id, document_id, outlet, reported) VALUES ($event, $id, $doc, $outlet, $reported);
            """;
        var place = i.Place;
        object?[] values =
        [
            i.Id, i.Type, i.Status, i.Date?.Value, i.Date?.Precision, place?.Name, place?.Lat, place?.Lon, place?.RadiusKm, i.FirstReport, i.LatestReport,
            i.Sources, i.Outlets, i.Reports.Count, i.Dead?.Low, i.Dead?.Best, i.Dead?.High, i.Injured?.Low, i.Injured?.Best, i.Injured?.High,
            i.Reports[0].EventId, added.EventId, added.DocumentId, added.Outlet, added.Reported,
        ];
        string[] names = ["$id", "$type", "$status", "$date", "$precision", "$place", "$lat", "$lon", "$radius", "$first", "$latest", "$sources", "$outlets", "$reports",
            "$dl", "$db", "$dh", "$il", "$ib", "$ih", "$firstEvent", "$event", "$doc", "$outlet", "$reported"];
        for (int k = 0; k < names.Length; k++) c.Parameters.AddWithValue(names[k], values[k] ?? DBNull.Value);
        c.ExecuteNonQuery();
    }

    /// <summary>Incidents with most sources first, then latest report; each with its reports.</summary>
    public IEnumerable<Incident> Query(int limit, int minSources, string? type)
    {
        using var c = db.CreateCommand();
        c.CommandText = "SELECT id FROM incidents WHERE sources >= $min AND ($type IS NULL OR type = $type) ORDER BY sources DESC, latest_report DESC, id LIMIT $limit";
        c.Parameters.AddWithValue("$min", minSources);
        c.Parameters.AddWithValue("$type", (object?)type ?? DBNull.Value);
        c.Parameters.AddWithValue("$limit", limit);
        var ids = new List<string>();
        using (var r = c.ExecuteReader()) while (r.Read()) ids.Add(r.GetString(0));
        return ids.Select(id => Load(null, id));
    }

    static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
