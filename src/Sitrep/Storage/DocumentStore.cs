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
    // Prepared once per store and reused for every document: SQLite compiles each statement only once.
    readonly SqliteCommand _exists, _insert;
    readonly EventRows.Inserter _events;

    DocumentStore(SqliteConnection db)
    {
        _db = db;
        _exists = db.CreateCommand();
        _exists.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        _exists.Parameters.Add("$id", SqliteType.Text);
        _insert = db.CreateCommand();
        _insert.CommandText = """
            INSERT INTO documents (id, source_path, locator, url, title, byline, published, language, text, tokens, json, stored_at)
            VALUES ($id, $path, $locator, $url, $title, $byline, $published, $language, $text, $tokens, $json, $stored)
            """;
        foreach (var name in DocumentColumns) _insert.Parameters.Add(name, name == "$tokens" ? SqliteType.Integer : SqliteType.Text);
        _events = new EventRows.Inserter(db);
    }

    static readonly string[] DocumentColumns = ["$id", "$path", "$locator", "$url", "$title", "$byline", "$published", "$language", "$text", "$tokens", "$json", "$stored"];

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
        _exists.Transaction = tx;
        _exists.Parameters[0].Value = doc.Info.Id;
        if (_exists.ExecuteScalar() != null) return false;
        var i = doc.Info;
        object?[] values = [i.Id, i.SourcePath, i.Locator, i.Url, i.Title, i.Byline, i.Published?.Value, i.Language, doc.Text, doc.Count,
            DocJsonWriter.ToJson(doc), DateTime.UtcNow.ToString("O")];
        for (int k = 0; k < values.Length; k++) _insert.Parameters[k].Value = values[k] ?? DBNull.Value;
        _insert.Transaction = tx;
        _insert.ExecuteNonQuery();
        _events.Insert(tx, doc);
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

    public void Dispose()
    {
        _exists.Dispose();
        _insert.Dispose();
        _events.Dispose();
        _db.Dispose();
    }
}

public sealed record StoreStats(long Documents, long Tokens, long Events);
