using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Stories;

namespace Sitrep.Storage;

/// <summary>
/// Stories as rows: each story with its centroids (JSON), each document with its story, and the clusterer's document
/// frequencies. On open the stories still inside the window are loaded back, so clustering continues across runs.
/// </summary>
sealed class StoryRows(SqliteConnection db)
{
    const string FrequenciesKey = "story_document_frequencies";

    public void Restore(StoryClusterer clusterer)
    {
        using var state = db.CreateCommand();
        state.CommandText = "SELECT value, documents FROM clustering_state WHERE name = $n";
        state.Parameters.AddWithValue("$n", FrequenciesKey);
        int[] frequencies = [];
        long documents = 0;
        using (var r = state.ExecuteReader())
            if (r.Read())
            {
                frequencies = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>((byte[])r.GetValue(0)).ToArray();
                documents = r.GetInt64(1);
            }
        using var latest = db.CreateCommand();
        latest.CommandText = "SELECT MAX(last_seen) FROM stories";
        var open = new List<Story>();
        if (latest.ExecuteScalar() is string last)
        {
            using var c = db.CreateCommand();
            c.CommandText = "SELECT id, title, first_seen, last_seen, documents, centroids FROM stories WHERE last_seen >= $since";
            c.Parameters.AddWithValue("$since", (DateTimeOffset.Parse(last, System.Globalization.CultureInfo.InvariantCulture) - clusterer.Options.Window).ToString("O"));
            using var r = c.ExecuteReader();
            while (r.Read())
                open.Add(new Story
                {
                    Id = r.GetString(0), Title = r.IsDBNull(1) ? null : r.GetString(1),
                    First = DateTimeOffset.Parse(r.GetString(2), System.Globalization.CultureInfo.InvariantCulture),
                    Last = DateTimeOffset.Parse(r.GetString(3), System.Globalization.CultureInfo.InvariantCulture),
                    Size = r.GetInt32(4), Centroids = ReadCentroids(r.GetString(5)),
                });
        }
        clusterer.Restore(frequencies, documents, open);
    }

    public void Save(SqliteTransaction tx, Story story, string documentId, double similarity)
    {
        using var c = db.CreateCommand();
        c.Transaction = tx;
        c.CommandText = """
            INSERT INTO stories (id, title, first_seen, last_seen, documents, centroids) VALUES ($id, $title, $first, $last, $n, $centroids)
            ON CONFLICT (id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, documents = excluded.documents, centroids = excluded.centroids;
            INSERT INTO story_documents (document_id, story_id, similarity) VALUES ($doc, $id, $similarity);
            """;
        c.Parameters.AddWithValue("$id", story.Id);
        c.Parameters.AddWithValue("$title", (object?)story.Title ?? DBNull.Value);
        c.Parameters.AddWithValue("$first", story.First.ToString("O"));
        c.Parameters.AddWithValue("$last", story.Last.ToString("O"));
        c.Parameters.AddWithValue("$n", story.Size);
        c.Parameters.AddWithValue("$centroids", JsonSerializer.Serialize(story.Centroids.Select(v => v.Weights)));
        c.Parameters.AddWithValue("$doc", documentId);
        c.Parameters.AddWithValue("$similarity", similarity);
        c.ExecuteNonQuery();
    }

    public void SaveStatistics(SqliteTransaction tx, StoryClusterer clusterer)
    {
        using var c = db.CreateCommand();
        c.Transaction = tx;
        c.CommandText = """
            INSERT INTO clustering_state (name, value, documents) VALUES ($n, $v, $d)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value, documents = excluded.documents
            """;
        var (frequencies, documents) = clusterer.Statistics;
        c.Parameters.AddWithValue("$n", FrequenciesKey);
        c.Parameters.AddWithValue("$v", System.Runtime.InteropServices.MemoryMarshal.AsBytes(frequencies.AsSpan()).ToArray());
        c.Parameters.AddWithValue("$d", documents);
        c.ExecuteNonQuery();
    }

    static SparseVector[] ReadCentroids(string json)
    {
        var weights = JsonSerializer.Deserialize<List<Dictionary<int, float>>>(json) ?? [];
        return weights.Select(w =>
        {
            var v = new SparseVector();
            foreach (var (k, x) in w) v.Weights[k] = x;
            return v;
        }).ToArray();
    }

    /// <summary>Stories, largest and latest first.</summary>
    public static IEnumerable<StoredStory> Query(SqliteConnection db, int limit)
    {
        using var c = db.CreateCommand();
        c.CommandText = """
            SELECT s.id, s.title, s.first_seen, s.last_seen, s.documents, COUNT(DISTINCT l.url), COUNT(DISTINCT COALESCE(l.publisher, l.source_path))
            FROM stories s LEFT JOIN story_documents sd ON sd.story_id = s.id LEFT JOIN document_locators l ON l.document_id = sd.document_id
            GROUP BY s.id, s.title, s.first_seen, s.last_seen, s.documents
            ORDER BY s.documents DESC, s.last_seen DESC, s.id LIMIT $limit
            """;
        c.Parameters.AddWithValue("$limit", limit);
        using var r = c.ExecuteReader();
        while (r.Read())
            yield return new StoredStory(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(6));
    }
}

/// <summary>A stored story: its first article's title, time span, number of documents and of outlets (or input files).</summary>
public sealed record StoredStory(string Id, string? Title, string FirstSeen, string LastSeen, int Documents, int Outlets);
