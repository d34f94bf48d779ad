using Microsoft.Data.Sqlite;
using Sitrep.Stories;

namespace Sitrep.Storage;

/// <summary>
/// MinHash signatures and LSH band keys of stored documents: a new document is compared only with the documents
/// sharing one of its band keys (an indexed lookup), never with the whole store.
/// </summary>
sealed class SignatureRows : IDisposable
{
    readonly SqliteCommand _find, _insertSignature, _insertBand;

    public SignatureRows(SqliteConnection db)
    {
        _find = db.CreateCommand();
        _find.CommandText = $"""
            SELECT s.document_id, s.minhash FROM document_signatures s
            WHERE s.document_id IN (SELECT b.document_id FROM document_bands b WHERE b.band IN ({string.Join(", ", Enumerable.Range(0, MinHash.Bands).Select(i => "$k" + i))}))
            ORDER BY s.document_id
            """;
        for (int i = 0; i < MinHash.Bands; i++) _find.Parameters.Add("$k" + i, SqliteType.Integer);
        _insertSignature = db.CreateCommand();
        _insertSignature.CommandText = "INSERT OR REPLACE INTO document_signatures (document_id, minhash) VALUES ($id, $sig)";
        _insertSignature.Parameters.Add("$id", SqliteType.Text);
        _insertSignature.Parameters.Add("$sig", SqliteType.Blob);
        _insertBand = db.CreateCommand();
        _insertBand.CommandText = "INSERT INTO document_bands (band, document_id) VALUES ($band, $id)";
        _insertBand.Parameters.Add("$band", SqliteType.Integer);
        _insertBand.Parameters.Add("$id", SqliteType.Text);
    }

    /// <summary>The most similar stored document at or above the threshold (ties: smallest id), or null.</summary>
    public string? FindCopy(SqliteTransaction? tx, Fingerprint fp, double threshold)
    {
        _find.Transaction = tx;
        for (int i = 0; i < fp.BandKeys.Length; i++) _find.Parameters[i].Value = fp.BandKeys[i];
        using var r = _find.ExecuteReader();
        string? best = null;
        double bestSimilarity = threshold;
        while (r.Read())
        {
            double s = MinHash.Similarity(fp.Signature, MinHash.FromBytes((byte[])r.GetValue(1)));
            if (s >= bestSimilarity && (best is null || s > bestSimilarity)) (best, bestSimilarity) = (r.GetString(0), s);
        }
        return best;
    }

    public void Insert(SqliteTransaction tx, string documentId, Fingerprint fp)
    {
        _insertSignature.Transaction = tx;
        _insertSignature.Parameters[0].Value = documentId;
        _insertSignature.Parameters[1].Value = MinHash.ToBytes(fp.Signature);
        _insertSignature.ExecuteNonQuery();
        _insertBand.Transaction = tx;
        _insertBand.Parameters[1].Value = documentId;
        foreach (var key in fp.BandKeys.Distinct())
        {
            _insertBand.Parameters[0].Value = key;
            _insertBand.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _find.Dispose();
        _insertSignature.Dispose();
        _insertBand.Dispose();
    }
}
