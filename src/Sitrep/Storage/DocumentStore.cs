using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Stories;

namespace Sitrep.Storage;

/// <summary>
/// The embedded SQLite store: documents keyed by content hash (re-running the same input adds nothing),
/// full-text search over titles and text, WAL journaling, documents committed in batches. Every failure
/// surfaces as a <see cref="StoreException"/> naming the database file.
/// </summary>
public sealed class DocumentStore : IDisposable
{
    readonly SqliteConnection _db;
    // Prepared once per store and reused for every document: SQLite compiles each statement only once.
    readonly SqliteCommand _exists, _sameContent, _insert, _addLocator;
    readonly EventRows.Inserter _events;
    readonly SignatureRows _signatures;
    readonly StoreOptions _options;
    readonly StoryRows _stories;
    readonly IncidentRows _incidents;
    StoryClusterer? _clusterer;
    readonly System.Buffers.ArrayBufferWriter<byte> _json = new(1 << 16);
    readonly System.Text.Json.Utf8JsonWriter _jsonWriter;

    DocumentStore(SqliteConnection db, string path, StoreOptions options)
    {
        _db = db;
        Path = path;
        _options = options;
        _exists = Command("SELECT 1 FROM documents WHERE id = $id", "$id");
        _sameContent = Command("SELECT id FROM documents WHERE content_key = $key LIMIT 1", "$key");
        _insert = Command("""
            INSERT INTO documents (id, source_path, locator, url, title, byline, published, language, text, tokens, json, stored_at, content_key)
            VALUES ($id, $path, $locator, $url, $title, $byline, $published, $language, $text, $tokens, $json, $stored, $key)
            """, DocumentColumns);
        _addLocator = Command("INSERT OR IGNORE INTO document_locators (document_id, source_path, locator, url, publisher) VALUES ($id, $path, $locator, $url, $publisher)",
            "$id", "$path", "$locator", "$url", "$publisher");
        _events = new EventRows.Inserter(db);
        _signatures = new SignatureRows(db);
        _stories = new StoryRows(db);
        _incidents = new IncidentRows(db, options.Incidents);
        _jsonWriter = new System.Text.Json.Utf8JsonWriter(_json, DocJsonWriter.Compact);
    }

    SqliteCommand Command(string sql, params string[] parameters)
    {
        var c = _db.CreateCommand();
        c.CommandText = sql;
        foreach (var name in parameters) c.Parameters.Add(name, name == "$tokens" ? SqliteType.Integer : SqliteType.Text);
        return c;
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

    static readonly string[] DocumentColumns = ["$id", "$path", "$locator", "$url", "$title", "$byline", "$published", "$language", "$text", "$tokens", "$json", "$stored", "$key"];

    public string Path { get; }

    public bool IsReadOnly { get; private init; }

    /// <summary>
    /// Opens (creating if needed) a store for writing. A quick integrity check runs first, so a damaged file is refused
    /// before anything is added to it.
    /// </summary>
    /// <exception cref="StoreException">The file is not a Sitrep database, is damaged, is newer, or cannot be written.</exception>
    public static DocumentStore Open(string path, StoreOptions? options = null) => Connect(path, readOnly: false, options ?? new());

    /// <summary>Opens an existing store for queries only; works on read-only files and never changes the database.</summary>
    /// <exception cref="StoreException">The file is missing, is not a Sitrep database, or cannot be read.</exception>
    public static DocumentStore OpenReadOnly(string path)
    {
        if (!File.Exists(path)) throw new StoreException(path, "no such database");
        return Connect(path, readOnly: true, new());
    }

    static DocumentStore Connect(string path, bool readOnly, StoreOptions options)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = false, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        try
        {
            db.Open();
            if (readOnly)
                Migrations.Check(db, path);
            else
            {
                QuickCheck(db, path);
                // A write lock taken and released at once: a read-only file is refused now, not at the first new document.
                Exec(db, "BEGIN IMMEDIATE; ROLLBACK;");
                Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
                Migrations.Apply(db, path);
            }
            return new DocumentStore(db, path, options) { IsReadOnly = readOnly };
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            db.Dispose();
            throw e as StoreException ?? StoreException.From(path, e);
        }
    }

    /// <summary>SQLite's quick_check (page and index structure, no cross-checks): a damaged file is refused on open.</summary>
    static void QuickCheck(SqliteConnection db, string path)
    {
        using var c = db.CreateCommand();
        c.CommandText = "PRAGMA quick_check(1)";
        var result = c.ExecuteScalar() as string;
        if (result is not null and not "ok") throw new StoreException(path, $"database is damaged ({result.ReplaceLineEndings(" ").Replace("*** in database main *** ", "")})");
    }

    /// <summary>Documents written per transaction: one commit per document cost as much as writing it.</summary>
    public const int BatchSize = 64;

    SqliteTransaction? _batch;
    int _inBatch;

    /// <summary>
    /// Stores the document unless one with the same id is there; true when it was added. A byte-identical article from
    /// the same corpus (same file or archive, title and text), or a near-duplicate from anywhere (a re-published or
    /// lightly edited copy, see <see cref="NearDuplicateOptions"/>), is not stored again: its locator, URL and outlet
    /// are added to the stored one. Documents are committed in batches of <see cref="BatchSize"/> (and on <see cref="Flush"/>,
    /// any query, or disposal), each with its events.
    /// </summary>
    public bool Save(Doc doc) => Guard(() =>
    {
        if (IsReadOnly) throw new StoreException(Path, "opened read-only");
        var tx = _batch ??= _db.BeginTransaction();
        var i = doc.Info;
        if (Scalar(_exists, tx, i.Id) != null) return false;
        string key = ContentKey(doc);
        var fingerprint = Fingerprint.Of(doc, _options.NearDuplicates);
        if ((Scalar(_sameContent, tx, key) as string ?? (fingerprint is null ? null : _signatures.FindCopy(tx, fingerprint, _options.NearDuplicates.Threshold))) is { } original)
        {
            SetAll(_addLocator, tx, [original, i.SourcePath, i.Locator, i.Url, i.Publisher]);
            _addLocator.ExecuteNonQuery();
            return false;
        }
        // A document is written whole or not at all, even inside a batch.
        tx.Save("doc");
        try
        {
            SetAll(_insert, tx, [i.Id, i.SourcePath, i.Locator, i.Url, i.Title, i.Byline, i.Published?.Value, i.Language, doc.Text, doc.Count,
                Json(doc), DateTime.UtcNow.ToString("O"), key]);
            _insert.ExecuteNonQuery();
            SetAll(_addLocator, tx, [i.Id, i.SourcePath, i.Locator, i.Url, i.Publisher]);
            _addLocator.ExecuteNonQuery();
            if (fingerprint is not null) _signatures.Insert(tx, i.Id, fingerprint);
            _events.Insert(tx, doc);
            if (_options.Clustering) Cluster(tx, doc);
            tx.Release("doc");
        }
        catch
        {
            tx.Rollback("doc");
            throw;
        }
        if (++_inBatch >= BatchSize) Flush();
        return true;
    });

    /// <summary>The document joins or starts a story; each of its events joins or starts an incident.</summary>
    void Cluster(SqliteTransaction tx, Doc doc)
    {
        if (_clusterer is null)
        {
            _clusterer = new StoryClusterer(_options.Stories);
            _stories.Restore(_clusterer);
        }
        var assignment = _clusterer.Add(StoryInput.From(doc, DateTimeOffset.UtcNow));
        var story = _clusterer.Open.First(s => s.Id == assignment.StoryId);
        _stories.Save(tx, story, doc.Info.Id, assignment.Similarity);
        _incidents.Add(tx, doc);
    }

    /// <summary>Stories, largest and latest first.</summary>
    public IReadOnlyList<StoredStory> Stories(int limit = 50) => Guard(() =>
    {
        Flush();
        return StoryRows.Query(_db, limit).ToList();
    });

    /// <summary>Incidents with at least <paramref name="minSources"/> reporting documents, most-reported first, each with every report.</summary>
    public IReadOnlyList<Incident> Incidents(int limit = 50, int minSources = 1, string? type = null) => Guard(() =>
    {
        Flush();
        return _incidents.Query(limit, minSources, type).ToList();
    });

    static object? Scalar(SqliteCommand c, SqliteTransaction? tx, string value)
    {
        c.Transaction = tx;
        c.Parameters[0].Value = value;
        return c.ExecuteScalar();
    }

    static void SetAll(SqliteCommand c, SqliteTransaction tx, object?[] values)
    {
        c.Transaction = tx;
        for (int k = 0; k < values.Length; k++) c.Parameters[k].Value = values[k] ?? DBNull.Value;
    }

    /// <summary>Which corpus (file or archive name) and the exact title and text: equal keys are the same article twice.</summary>
    static string ContentKey(Doc doc)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var part in new[] { doc.Info.SourcePath is { } p ? System.IO.Path.GetFileName(p) : "", doc.Info.Title ?? "", doc.Text })
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    SqliteConnection? _reader;
    SqliteCommand? _readerHolds;
    SignatureRows? _readerSignatures;

    /// <summary>
    /// Whether a document with this id, a byte-identical copy of it (same file name, title and text) or a near-duplicate is committed.
    /// It reads through a connection of its own, so one other thread (the one reading inputs) may ask while this store
    /// saves; a document still in an open batch is not seen yet. A copy's locator is recorded by <see cref="Save"/>.
    /// </summary>
    public bool Holds(Doc doc) => Guard(() =>
    {
        if (_readerHolds is null)
        {
            _reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            _reader.Open();
            _readerHolds = _reader.CreateCommand();
            _readerHolds.CommandText = "SELECT 1 FROM documents WHERE id = $id OR content_key = $key LIMIT 1";
            _readerHolds.Parameters.Add("$id", SqliteType.Text);
            _readerHolds.Parameters.Add("$key", SqliteType.Text);
            _readerSignatures = new SignatureRows(_reader);
        }
        _readerHolds.Parameters[0].Value = doc.Info.Id;
        _readerHolds.Parameters[1].Value = ContentKey(doc);
        return _readerHolds.ExecuteScalar() != null ||
               (Fingerprint.Of(doc, _options.NearDuplicates) is { } fp && _readerSignatures!.FindCopy(null, fp, _options.NearDuplicates.Threshold) != null);
    });

    /// <summary>The stored JSON of this document or of the copy stored in its place; null when neither is stored.</summary>
    public string? FindStoredJson(Doc doc)
    {
        if (FindDocumentJson(doc.Info.Id) is { } json) return json;
        Flush();
        return Guard(() => Scalar(_sameContent, null, ContentKey(doc)) as string ??
                           (Fingerprint.Of(doc, _options.NearDuplicates) is { } fp ? _signatures.FindCopy(null, fp, _options.NearDuplicates.Threshold) : null))
            is { } original ? FindDocumentJson(original) : null;
    }

    /// <summary>Commits the documents saved since the last commit.</summary>
    public void Flush()
    {
        if (_batch is null) return;
        Guard(() =>
        {
            _batch.Commit();
            _batch.Dispose();
            _batch = null;
            _inBatch = 0;
            return 0;
        });
    }

    public StoreStats GetStats() => Guard(() =>
    {
        Flush();
        return StoreStatistics.Read(_db);
    });

    /// <summary>The stored document JSON for an id (or a unique id prefix).</summary>
    public string? FindDocumentJson(string idOrPrefix) => Guard(() =>
    {
        Flush();
        using var c = _db.CreateCommand();
        c.CommandText = "SELECT json FROM documents WHERE id LIKE $p || '%' LIMIT 2";
        c.Parameters.AddWithValue("$p", idOrPrefix);
        using var r = c.ExecuteReader();
        if (!r.Read()) return null;
        var json = r.GetString(0);
        return r.Read() ? null : json;
    });

    /// <summary>
    /// Events matching the query, in its order. <paramref name="include"/> drops events before offset and limit count them
    /// (an export passes the events it has rows for).
    /// </summary>
    /// <exception cref="EventFilterException">The query's place name is not among stored events.</exception>
    public IEnumerable<StoredEvent> QueryEvents(EventQuery query, Func<EventRecord, bool>? include = null)
    {
        Flush();
        return Guarded(EventRows.Query(_db, Resolve(query), include));
    }

    /// <summary>The query with its place name (<see cref="EventQuery.NearPlace"/>) turned into coordinates.</summary>
    /// <exception cref="EventFilterException">No stored event has a place of that name.</exception>
    public EventQuery Resolve(EventQuery query)
    {
        if (query.NearPlace is not { } name) return query;
        var point = FindPlace(name) ?? throw new EventFilterException("near", $"'{name}' is neither LAT,LON nor a place among stored events");
        return query with { NearLat = point.Lat, NearLon = point.Lon, NearPlace = null };
    }

    /// <summary>Every place each stored document was found (its own and its copies'), by document.</summary>
    public IEnumerable<StoredLocator> Locators()
    {
        Flush();
        return Guarded(ReadLocators());
    }

    IEnumerable<StoredLocator> ReadLocators()
    {
        using var c = _db.CreateCommand();
        c.CommandText = "SELECT document_id, source_path, locator, url, publisher FROM document_locators ORDER BY document_id, source_path, locator";
        using var r = c.ExecuteReader();
        while (r.Read())
            yield return new StoredLocator(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4));
    }

    /// <summary>Full-text search (FTS5 syntax; plain words match all of them) over titles and text, best matches first.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => Guard(() =>
    {
        Flush();
        return DocumentSearch.Run(_db, query, limit);
    });

    /// <summary>Coordinates of a place name as stored with events (case-insensitive), for <c>near</c>.</summary>
    public (double Lat, double Lon)? FindPlace(string name) => Guard<(double, double)?>(() =>
    {
        Flush();
        using var c = _db.CreateCommand();
        c.CommandText = "SELECT lat, lon FROM events WHERE place = $n COLLATE NOCASE AND lat IS NOT NULL LIMIT 1";
        c.Parameters.AddWithValue("$n", name);
        using var r = c.ExecuteReader();
        return r.Read() ? (r.GetDouble(0), r.GetDouble(1)) : null;
    });

    internal static void Exec(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }

    T Guard<T>(Func<T> action)
    {
        try { return action(); }
        catch (SqliteException e) { throw StoreException.From(Path, e); }
    }

    /// <summary>Enumerates rows lazily, turning SQLite errors met while reading into <see cref="StoreException"/>s naming the file.</summary>
    IEnumerable<T> Guarded<T>(IEnumerable<T> rows)
    {
        using var e = Guard(rows.GetEnumerator);
        while (Guard(e.MoveNext)) yield return e.Current;
    }

    public void Dispose()
    {
        try
        {
            if (_clusterer is not null)
            {
                var tx = _batch ??= _db.BeginTransaction();
                Guard(() => { _stories.SaveStatistics(tx, _clusterer); return 0; });
            }
            Flush();
        }
        finally
        {
            _exists.Dispose();
            _sameContent.Dispose();
            _insert.Dispose();
            _addLocator.Dispose();
            _events.Dispose();
            _signatures.Dispose();
            _jsonWriter.Dispose();
            _readerHolds?.Dispose();
            _readerSignatures?.Dispose();
            _reader?.Dispose();
            _db.Dispose();
        }
    }
}

/// <summary>One place a stored document was found: file or archive, entry or row, URL and outlet.</summary>
public sealed record StoredLocator(string DocumentId, string? SourcePath, string? Locator, string? Url, string? Publisher);

/// <summary>A storage failure, with the database file it happened in.</summary>
public sealed class StoreException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    public string DatabasePath { get; } = path;

    internal static StoreException From(string path, Exception e) => e switch
    {
        StoreException s => s,
        SqliteException { SqliteErrorCode: 11 } => new(path, "database is damaged (SQLite: malformed disk image)", e),
        SqliteException { SqliteErrorCode: 26 } => new(path, "not a SQLite database", e),
        SqliteException { SqliteErrorCode: 8 } => new(path, "database is read-only (open it for queries only, or make it writable)", e),
        SqliteException { SqliteErrorCode: 14 } => new(path, "cannot open the database file", e),
        SqliteException s => new(path, $"SQLite error: {s.Message.Replace("SQLite Error " + s.SqliteErrorCode + ": ", "").ReplaceLineEndings(" ")}", e),
        _ => new(path, e.Message, e),
    };
}
