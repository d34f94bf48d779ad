using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>A document found by full-text search, with a snippet around the match and its events.</summary>
public sealed record SearchHit(string DocumentId, string? Title, string? Url, string? Published, string Snippet, double Rank)
{
    public IReadOnlyList<StoredEvent> Events { get; init; } = [];
}

/// <summary>Queries the FTS5 index over titles and text.</summary>
static class DocumentSearch
{
    public static IReadOnlyList<SearchHit> Run(SqliteConnection db, string query, int limit)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new EventFilterException("query", "is empty");
        try { return Hits(db, query, limit); }
        catch (SqliteException)
        {
            // Not valid FTS5 syntax ("U.S.-led", a stray quote): search for the words as plain terms instead.
            var words = query.Split([' ', '\t', '"'], StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "") + "\"");
            return Hits(db, string.Join(" ", words), limit);
        }
    }

    static List<SearchHit> Hits(SqliteConnection db, string fts, int limit)
    {
        using var c = db.CreateCommand();
        c.CommandText = """
            SELECT d.id, d.title, d.url, d.published, snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts)
            FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
            WHERE documents_fts MATCH $q ORDER BY bm25(documents_fts), d.id LIMIT $limit
            """;
        c.Parameters.AddWithValue("$q", fts);
        c.Parameters.AddWithValue("$limit", limit);
        using var r = c.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
            hits.Add(new SearchHit(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4) ?? "", r.GetDouble(5)));
        r.Close();
        return [.. hits.Select(h => h with { Events = [.. EventRows.Query(db, new EventQuery { DocumentId = h.DocumentId, Sort = new EventSort("id") }, null)] })];
    }

    static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
