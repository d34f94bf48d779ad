using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>What a store holds: totals, and events counted by type, status, country, month and source.</summary>
public sealed record StoreStats(long Documents, long Tokens, long Events)
{
    public IReadOnlyList<(string Key, long Count)> ByType { get; init; } = [];
    public IReadOnlyList<(string Key, long Count)> ByStatus { get; init; } = [];
    /// <summary>ISO3 of the event's place (else of its first participant); "" when none.</summary>
    public IReadOnlyList<(string Key, long Count)> ByCountry { get; init; } = [];
    /// <summary>YYYY-MM of the event's date; "" when undated.</summary>
    public IReadOnlyList<(string Key, long Count)> ByMonth { get; init; } = [];
    /// <summary>The publishing outlet, else the URL's host, else the input file.</summary>
    public IReadOnlyList<(string Key, long Count)> BySource { get; init; } = [];
}

static class StoreStatistics
{
    public static StoreStats Read(SqliteConnection db)
    {
        var bySource = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, n) in Group(db, """
            SELECT COALESCE(json_extract(d.json, '$.source.publisher'), d.url, d.source_path, ''), COUNT(*)
            FROM events e JOIN documents d ON d.id = e.document_id GROUP BY 1
            """))
            bySource[SourceName(key)] = bySource.GetValueOrDefault(SourceName(key)) + n;
        return new StoreStats(
            Count(db, "SELECT COUNT(*) FROM documents"),
            Count(db, "SELECT COALESCE(SUM(tokens), 0) FROM documents"),
            Count(db, "SELECT COUNT(*) FROM events"))
        {
            ByType = Group(db, "SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"),
            ByStatus = Group(db, "SELECT status, COUNT(*) FROM events GROUP BY status ORDER BY 2 DESC, 1"),
            ByCountry = Group(db, """
                SELECT COALESCE(json_extract(json, '$.place.country'), substr(countries, 2, 3), ''), COUNT(*)
                FROM events GROUP BY 1 ORDER BY 2 DESC, 1
                """),
            ByMonth = ByMonth(Group(db, "SELECT COALESCE(date, ''), COUNT(*) FROM events GROUP BY 1")),
            BySource = [.. bySource.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value))],
        };
    }

    /// <summary>Event dates (days, weeks, months, seasons…) counted by the month their period starts in.</summary>
    static List<(string, long)> ByMonth(List<(string Date, long Count)> byDate)
    {
        var months = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (date, n) in byDate)
        {
            var key = Time.Normalization.TimexPeriods.FirstDay(date)?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            months[key] = months.GetValueOrDefault(key) + n;
        }
        return [.. months.Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>A URL's host without "www.", or a file's name.</summary>
    static string SourceName(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? (u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host)
            : s.Contains('/') ? Path.GetFileName(s) : s;

    static long Count(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        return Convert.ToInt64(c.ExecuteScalar() ?? 0L);
    }

    static List<(string, long)> Group(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        using var r = c.ExecuteReader();
        var rows = new List<(string, long)>();
        while (r.Read()) rows.Add((r.IsDBNull(0) ? "" : r.GetString(0), r.GetInt64(1)));
        return rows;
    }
}
