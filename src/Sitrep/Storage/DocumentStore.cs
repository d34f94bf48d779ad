using Microsoft.Data.Sqlite;
using Sitrep.Documents;

namespace Sitrep.Storage;

/// <summary>
/// The embedded SQLite store: documents keyed by content hash (re-running the same input adds nothing),
/// full-text search over titles and text, WAL journaling, one transaction per document.
/// </summary>
public sealed class DocumentStore : IDisposable
{
    readonly SqliteConnection _db;

    DocumentStore(SqliteConnection db) => _db = db;

    public string Path { get; private init; } = "";

    public static DocumentStore Open(string path)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        Migrations.Apply(db);
        return new DocumentStore(db) { Path = path };
    }

    /// <summary>Stores the document unless one with the same id is there; true when it was added.</summary>
    public bool Save(Doc doc)
    {
        using var tx = _db.BeginTransaction();
        using (var exists = _db.CreateCommand())
        {
            exists.Transaction = tx;
            exists.CommandText = "SELECT 1 FROM documents WHERE id = $id";
            exists.Parameters.AddWithValue("$id", doc.Info.Id);
            if (exists.ExecuteScalar() != null) return false;
        }
        using (var insert = _db.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO documents (id, source_path, locator, url, title, byline, published, language, text, tokens, json, stored_at)
                VALUES ($id, $path, $locator, $url, $title, $byline, $published, $language, $text, $tokens, $json, $stored)
                """;
            var i = doc.Info;
            insert.Parameters.AddWithValue("$id", i.Id);
            insert.Parameters.AddWithValue("$path", (object?)i.SourcePath ?? DBNull.Value);
            insert.Parameters.AddWithValue("$locator", (object?)i.Locator ?? DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)i.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$title", (object?)i.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$byline", (object?)i.Byline ?? DBNull.Value);
            insert.Parameters.AddWithValue("$published", (object?)i.Published?.Value ?? DBNull.Value);
            insert.Parameters.AddWithValue("$language", (object?)i.Language ?? DBNull.Value);
            insert.Parameters.AddWithValue("$text", doc.Text);
            insert.Parameters.AddWithValue("$tokens", doc.Count);
            insert.Parameters.AddWithValue("$json", DocJsonWriter.ToJson(doc));
            insert.Parameters.AddWithValue("$stored", DateTime.UtcNow.ToString("O"));
            insert.ExecuteNonQuery();
        }
        EventRows.Insert(_db, tx, doc);
        tx.Commit();
        return true;
    }

    public StoreStats GetStats()
    {
        long Count(string sql)
        {
            using var c = _db.CreateCommand();
            c.CommandText = sql;
            return Convert.ToInt64(c.ExecuteScalar() ?? 0L);
        }
        return new StoreStats(
            Documents: Count("SELECT COUNT(*) FROM documents"),
            Tokens: Count("SELECT COALESCE(SUM(tokens),0) FROM documents"),
            Events: Count("SELECT COUNT(*) FROM events"));
    }

    /// <summary>The stored document JSON for an id (or a unique id prefix).</summary>
    public string? FindDocumentJson(string idOrPrefix)
    {
        using var c = _db.CreateCommand();
        c.CommandText = "SELECT json FROM documents WHERE id LIKE $p || '%' LIMIT 2";
        c.Parameters.AddWithValue("$p", idOrPrefix);
        using var r = c.ExecuteReader();
        if (!r.Read()) return null;
        var json = r.GetString(0);
        return r.Read() ? null : json;
    }

    public IEnumerable<StoredEvent> QueryEvents(EventQuery query) => EventRows.Query(_db, query);

    /// <summary>Coordinates of a place name as stored with events (case-insensitive), for <c>--near</c>.</summary>
    public (double Lat, double Lon)? FindPlace(string name)
    {
        using var c = _db.CreateCommand();
        c.CommandText = "SELECT lat, lon FROM events WHERE place = $n COLLATE NOCASE AND lat IS NOT NULL LIMIT 1";
        c.Parameters.AddWithValue("$n", name);
        using var r = c.ExecuteReader();
        return r.Read() ? (r.GetDouble(0), r.GetDouble(1)) : null;
    }

    internal static void Exec(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}

public sealed record StoreStats(long Documents, long Tokens, long Events);
