using Microsoft.Data.Sqlite;
using Sitrep.Documents;

namespace Sitrep.Storage;

/// <summary>
/// The embedded SQLite store: documents keyed by content hash (re-running the same input adds nothing),
/// full-text search over titles and text, WAL journaling, documents committed in batches.
/// </summary>
public sealed class DocumentStore : IDisposable
{
    readonly SqliteConnection _db;
    // Prepared once per store and reused for every document: SQLite compiles each statement only once.
    readonly SqliteCommand _exists, _insert;
    readonly EventRows.Inserter _events;
    readonly System.Buffers.ArrayBufferWriter<byte> _json = new(1 << 16);
    readonly System.Text.Json.Utf8JsonWriter _jsonWriter;

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
        _jsonWriter = new System.Text.Json.Utf8JsonWriter(_json, DocJsonWriter.Compact);
    }

    /// <summary>The document JSON, written into a buffer reused for every document.</summary>
    string Json(Doc doc)
    {
        _json.ResetWrittenCount();
        _jsonWriter.Reset(_json);
        DocJsonWriter.Write(_jsonWriter, doc);
        _jsonWriter.Flush();
        return System.Text.Encoding.UTF8.GetString(_json.WrittenSpan);
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

    /// <summary>
    /// Opens an existing store that nothing can write through (SQLite refuses every write), for readers such as
    /// <c>sitrep serve</c>. The schema is not migrated: open it once with <see cref="Open"/> first.
    /// </summary>
    public static DocumentStore OpenReadOnly(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such database", path);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        return new DocumentStore(db) { Path = path };
    }

    /// <summary>Documents written per transaction: one commit per document cost as much as writing it.</summary>
    public const int BatchSize = 64;

    SqliteTransaction? _batch;
    int _inBatch;

    /// <summary>
    /// Stores the document unless one with the same id is there; true when it was added. Documents are committed in
    /// batches of <see cref="BatchSize"/> (and on <see cref="Flush"/>, any query, or disposal), each with its events.
    /// </summary>
    public bool Save(Doc doc)
    {
        var tx = _batch ??= _db.BeginTransaction();
        _exists.Transaction = tx;
        _exists.Parameters[0].Value = doc.Info.Id;
        if (_exists.ExecuteScalar() != null) return false;
        var i = doc.Info;
        object?[] values = [i.Id, i.SourcePath, i.Locator, i.Url, i.Title, i.Byline, i.Published?.Value, i.Language, doc.Text, doc.Count,
            Json(doc), DateTime.UtcNow.ToString("O")];
        for (int k = 0; k < values.Length; k++) _insert.Parameters[k].Value = values[k] ?? DBNull.Value;
        // A document is written whole or not at all, even inside a batch.
        tx.Save("doc");
        try
        {
            _insert.Transaction = tx;
            _insert.ExecuteNonQuery();
            _events.Insert(tx, doc);
            tx.Release("doc");
        }
        catch
        {
            tx.Rollback("doc");
            throw;
        }
        if (++_inBatch >= BatchSize) Flush();
        return true;
    }

    SqliteConnection? _reader;
    SqliteCommand? _readerExists;

    /// <summary>
    /// Whether a document with this id is committed. It reads through a connection of its own, so one other thread
    /// (the one reading inputs) may ask while this store saves; a document still in an open batch is not seen yet.
    /// </summary>
    public bool Contains(string id)
    {
        if (_readerExists is null)
        {
            _reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            _reader.Open();
            _readerExists = _reader.CreateCommand();
            _readerExists.CommandText = "SELECT 1 FROM documents WHERE id = $id";
            _readerExists.Parameters.Add("$id", SqliteType.Text);
        }
        _readerExists.Parameters[0].Value = id;
        return _readerExists.ExecuteScalar() != null;
    }

    /// <summary>Commits the documents saved since the last commit.</summary>
    public void Flush()
    {
        if (_batch is null) return;
        _batch.Commit();
        _batch.Dispose();
        _batch = null;
        _inBatch = 0;
    }

    public StoreStats GetStats()
    {
        Flush();
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
        Flush();
        using var c = _db.CreateCommand();
        c.CommandText = "SELECT json FROM documents WHERE id LIKE $p || '%' LIMIT 2";
        c.Parameters.AddWithValue("$p", idOrPrefix);
        using var r = c.ExecuteReader();
        if (!r.Read()) return null;
        var json = r.GetString(0);
        return r.Read() ? null : json;
    }

    public IEnumerable<StoredEvent> QueryEvents(EventQuery query)
    {
        Flush();
        return EventRows.Query(_db, query);
    }

    /// <summary>Coordinates of a place name as stored with events (case-insensitive), for <c>--near</c>.</summary>
    public (double Lat, double Lon)? FindPlace(string name)
    {
        Flush();
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
        Flush();
        _exists.Dispose();
        _insert.Dispose();
        _events.Dispose();
        _jsonWriter.Dispose();
        _readerExists?.Dispose();
        _reader?.Dispose();
        _db.Dispose();
    }
}

public sealed record StoreStats(long Documents, long Tokens, long Events);
