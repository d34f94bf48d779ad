using Sitrep.Places.Geometry;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Storage.Export;

namespace Sitrep.Storage;

/// <summary>Writes a document's events as rows (indexed columns for filters, the full record as JSON) and reads them back.</summary>
static class EventRows
{
    /// <summary>The event insert, prepared once and reused for every document of a store.</summary>
    public sealed class Inserter : IDisposable
    {
        readonly SqliteCommand _c;
        readonly Dictionary<string, SqliteParameter> _p = [];
        readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(4096);
        readonly Utf8JsonWriter _writer;

        public Inserter(SqliteConnection db)
        {
            _writer = new Utf8JsonWriter(_buffer, DocJsonWriter.Compact);
            _c = db.CreateCommand();
            _c.CommandText = """
                INSERT OR REPLACE INTO events (id, document_id, type, mode, status, date, date_precision, place, lat, lon, countries, actors, confidence, json)
                VALUES ($id, $doc, $type, $mode, $status, $date, $precision, $place, $lat, $lon, $countries, $actors, $confidence, $json)
                """;
            foreach (var name in new[] { "$id", "$doc", "$type", "$mode", "$status", "$date", "$precision", "$place", "$lat", "$lon", "$countries", "$actors", "$confidence", "$json" })
                _p[name] = _c.Parameters.Add(name, SqliteType.Text);
        }

        public void Insert(SqliteTransaction tx, Doc doc)
        {
            _c.Transaction = tx;
            var p = _p;
            var c = _c;
            foreach (var e in doc.Events)
            {
                var countries = e.Actors.Concat(e.Recipients).Select(a => a.Country).Where(x => x != null).Distinct().ToList();
                Set(p["$id"], $"{doc.Info.Id}-{e.Id}");
                Set(p["$doc"], doc.Info.Id);
                Set(p["$type"], e.Type);
                Set(p["$mode"], e.Mode);
                Set(p["$status"], e.Status);
                Set(p["$date"], e.Date?.Value);
                Set(p["$precision"], e.Date?.Precision);
                Set(p["$place"], e.Place?.Name);
                Set(p["$lat"], e.Place?.Lat);
                Set(p["$lon"], e.Place?.Lon);
                Set(p["$countries"], countries.Count == 0 ? null : "|" + string.Join("|", countries) + "|");
                Set(p["$actors"], "|" + string.Join("|", e.Actors.Concat(e.Recipients).Select(a => a.Text)) + "|");
                Set(p["$confidence"], e.Confidence);
                Set(p["$json"], Json(e, doc.EvidenceText(e)));
                c.ExecuteNonQuery();
            }
        }

        // One buffer and writer for every event of the store.
        string Json(EventRecord e, string text)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            DocJsonWriter.WriteEvent(_writer, e, text);
            _writer.Flush();
            return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }

        public void Dispose()
        {
            _writer.Dispose();
            _c.Dispose();
        }
    }

    static void Set(SqliteParameter p, object? value) => p.Value = value ?? DBNull.Value;

    /// <summary>
    /// Events matching <paramref name="q"/> in its order. <paramref name="include"/> (e.g. an export that has no row for some
    /// events) and the exact distance for <c>near</c> filter before <see cref="EventQuery.Offset"/> and <see cref="EventQuery.Limit"/>.
    /// </summary>
    public static IEnumerable<StoredEvent> Query(SqliteConnection db, EventQuery q, Func<EventRecord, bool>? include)
    {
        using var c = db.CreateCommand();
        var where = new List<string>();
        if (q.Since != null) { where.Add("(e.date >= $since OR substr($since, 1, length(e.date)) = e.date)"); c.Parameters.AddWithValue("$since", q.Since); }
        if (q.Until != null) { where.Add("substr(e.date, 1, length($until)) <= $until"); c.Parameters.AddWithValue("$until", q.Until); }
        if (q.Type != null) { where.Add("e.type = upper($type)"); c.Parameters.AddWithValue("$type", q.Type); }
        if (q.Actor != null) { where.Add("e.actors LIKE '%' || $actor || '%'"); c.Parameters.AddWithValue("$actor", q.Actor); }
        if (q.Country != null)
        {
            where.Add("(e.countries LIKE '%|' || upper($country) || '|%' OR e.json LIKE '%\"country\":\"' || upper($country) || '\"%')");
            c.Parameters.AddWithValue("$country", q.Country);
        }
        if (q.Statuses is { Count: > 0 } statuses)
        {
            where.Add($"e.status IN ({string.Join(", ", statuses.Select((_, i) => "$status" + i))})");
            for (int i = 0; i < statuses.Count; i++) c.Parameters.AddWithValue("$status" + i, statuses[i]);
        }
        if (q.DocumentId != null) { where.Add("e.document_id LIKE $doc || '%'"); c.Parameters.AddWithValue("$doc", q.DocumentId); }
        if (q.Per == EventGrouping.Incident) where.Add("(i.id IS NULL OR i.first_event = e.id)");
        if (q.NearLat is { } lat && q.NearLon is { } lon)
        {
            // Bounding box in SQL, exact great-circle distance below.
            double dLat = q.RadiusKm / 111.0, dLon = q.RadiusKm / (111.0 * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
            where.Add("e.lat BETWEEN $lat0 AND $lat1 AND e.lon BETWEEN $lon0 AND $lon1");
            c.Parameters.AddWithValue("$lat0", lat - dLat);
            c.Parameters.AddWithValue("$lat1", lat + dLat);
            c.Parameters.AddWithValue("$lon0", lon - dLon);
            c.Parameters.AddWithValue("$lon1", lon + dLon);
        }
        c.CommandText = $"""
            SELECT e.json, e.document_id, d.url, d.source_path, d.title, d.published, json_extract(d.json, '$.source.publisher'), d.locator, d.stored_at,
                   i.id, i.sources, i.outlets, i.reports
            FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN incident_events ie ON ie.event_id = e.id LEFT JOIN incidents i ON i.id = ie.incident_id
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY {OrderBy(q.Sort)}
            """;
        using var r = c.ExecuteReader();
        int skipped = 0, n = 0;
        while (r.Read())
        {
            if (q.Limit is { } limit && n >= limit) yield break;
            using var json = JsonDocument.Parse(r.GetString(0));
            var e = DocJsonReader.ReadEvent(json.RootElement);
            if (q.NearLat is { } la && q.NearLon is { } lo &&
                (e.Place?.Lat is not { } elat || e.Place?.Lon is not { } elon || new GeoPoint(la, lo).DistanceKm(new GeoPoint(elat, elon)) > q.RadiusKm))
                continue;
            if (include != null && !include(e)) continue;
            if (q.Box is { } box && (e.Place?.Lat is not { } blat || e.Place?.Lon is not { } blon || !box.Contains(blat, blon))) continue;
            var sentence = json.RootElement.GetProperty("evidence").GetProperty("sentence").TryGetProperty("text", out var st) ? st.GetString() ?? "" : "";
            var stored = new StoredEvent(e, r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), sentence) {
                Publisher = Str(r, 6), Locator = Str(r, 7), StoredAt = Str(r, 8), Incident = Str(r, 9),
                Sources = r.IsDBNull(10) ? 1 : r.GetInt32(10), Outlets = r.IsDBNull(11) ? 1 : r.GetInt32(11), Reports = r.IsDBNull(12) ? 1 : r.GetInt32(12),
            };
            if (q.Source != null && !EventFields.OutletOrFile(stored).Contains(q.Source, StringComparison.OrdinalIgnoreCase)) continue;
            if (!q.Words.All(w => Mentions(stored, w))) continue;
            if (skipped++ < q.Offset) continue;
            yield return stored;
            n++;
        }
    }

    static bool Mentions(StoredEvent s, string word) =>
        s.SentenceText.Contains(word, StringComparison.OrdinalIgnoreCase) ||
        (s.Title?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false) ||
        (s.Event.Place?.Name.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false) ||
        s.Event.Actors.Concat(s.Event.Recipients).Any(a => a.Text.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ORDER BY for a sort field, ties broken by document and event so every query has one order.</summary>
    static string OrderBy(EventSort sort)
    {
        string column = sort.Field switch
        {
            "date" => "e.date",
            "type" => "e.type",
            "status" => "e.status",
            "country" => "COALESCE(json_extract(e.json, '$.place.country'), e.countries)",
            "place" => "e.place",
            "actor" => "json_extract(e.json, '$.actors[0].text')",
            "source" => "COALESCE(json_extract(d.json, '$.source.publisher'), d.url, d.source_path)",
            "confidence" => "e.confidence",
            "dead" => "json_extract(e.json, '$.dead')",
            "document" => "e.document_id",
            "id" => "e.id",
            _ => throw new ArgumentException($"unknown sort field '{sort.Field}'"),
        };
        // NULLs last in both directions: an undated event is not the earliest nor the latest.
        return $"{column} IS NULL, {column} {(sort.Descending ? "DESC" : "ASC")}, e.document_id, e.id";
    }

    static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

}
