using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>Versioned schema changes, applied in order; PRAGMA user_version records the last one applied.</summary>
static class Migrations
{
    static readonly string[] Steps =
    [
        // 1: documents, full-text index, events
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, source_path TEXT, locator TEXT, url TEXT, title TEXT, byline TEXT,
            published TEXT, language TEXT, text TEXT NOT NULL, tokens INTEGER NOT NULL, json TEXT NOT NULL,
            stored_at TEXT NOT NULL);
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
        CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TABLE events (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL, date TEXT, date_precision TEXT,
            place TEXT, lat REAL, lon REAL, countries TEXT, actors TEXT, confidence REAL, json TEXT NOT NULL);
        CREATE INDEX events_by_date ON events(date);
        CREATE INDEX events_by_type ON events(type);
        """,
        // 2: an article met twice in one corpus is stored once, with every place it was found
        """
        ALTER TABLE documents ADD COLUMN content_key TEXT;
        CREATE INDEX documents_by_content ON documents(content_key);
        CREATE TABLE document_locators (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source_path TEXT, locator TEXT, url TEXT,
            UNIQUE (document_id, source_path, locator, url));
        """,
        // 3: near-duplicates (MinHash signatures, LSH band keys), the outlet of every copy, stories and incidents across documents
        """
        ALTER TABLE document_locators ADD COLUMN publisher TEXT;
        CREATE TABLE document_signatures (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            minhash BLOB NOT NULL);
        CREATE TABLE document_bands (
            band INTEGER NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE);
        CREATE INDEX document_bands_by_band ON document_bands(band);
        CREATE INDEX document_bands_by_document ON document_bands(document_id);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY, title TEXT, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
            documents INTEGER NOT NULL, centroids TEXT NOT NULL);
        CREATE INDEX stories_by_last_seen ON stories(last_seen);
        CREATE TABLE story_documents (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(id), similarity REAL NOT NULL);
        CREATE INDEX story_documents_by_story ON story_documents(story_id);
        CREATE TABLE clustering_state (name TEXT PRIMARY KEY, value BLOB NOT NULL, documents INTEGER NOT NULL);
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, date TEXT, date_precision TEXT,
            place TEXT, lat REAL, lon REAL, radius_km REAL, first_report TEXT, latest_report TEXT,
            sources INTEGER NOT NULL, outlets INTEGER NOT NULL, reports INTEGER NOT NULL,
            dead_low INTEGER, dead_best INTEGER, dead_high INTEGER,
            injured_low INTEGER, injured_best INTEGER, injured_high INTEGER, first_event TEXT NOT NULL);
        CREATE INDEX incidents_by_type_place ON incidents(type, lat, lon);
        CREATE TABLE incident_events (
            event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            incident_id TEXT NOT NULL REFERENCES incidents(id), document_id TEXT NOT NULL,
            outlet TEXT, reported TEXT);
        CREATE INDEX incident_events_by_incident ON incident_events(incident_id);
        """,
    ];

    public static int LatestVersion => Steps.Length;

    public static void Apply(SqliteConnection db, string path)
    {
        int version = Check(db, path);
        for (int v = version; v < Steps.Length; v++)
        {
            using var tx = db.BeginTransaction();
            using var c = db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = Steps[v] + $"\nPRAGMA user_version = {v + 1};";
            c.ExecuteNonQuery();
            tx.Commit();
        }
    }

    /// <summary>The database's schema version; refuses one newer than this Sitrep, or an existing file that is not a Sitrep database.</summary>
    public static int Check(SqliteConnection db, string path)
    {
        int version = Convert.ToInt32(Scalar(db, "PRAGMA user_version"));
        if (version > Steps.Length)
            throw new StoreException(path, $"database schema version {version} is newer than this Sitrep knows ({Steps.Length})");
        if (version == 0 && Convert.ToInt64(Scalar(db, "SELECT COUNT(*) FROM sqlite_master")) > 0)
            throw new StoreException(path, "not a Sitrep database (it holds other tables)");
        if (version == 0 && IsReadOnly(db))
            throw new StoreException(path, "empty database, nothing stored yet");
        return version;
    }

    static bool IsReadOnly(SqliteConnection db) => db.ConnectionString.Contains("ReadOnly", StringComparison.OrdinalIgnoreCase);

    static object? Scalar(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        return c.ExecuteScalar();
    }
}
