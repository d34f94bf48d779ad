using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Stories;

namespace Sitrep.Evaluation.Stories;

/// <summary>
/// Near-duplicate detection scored end to end: every document of a corpus goes through a scratch store, whose copies
/// (documents stored once with several locators) are compared with gold duplicate pairs named by archive entry.
/// Gold clusters are split in half by a hash of their first entry: dev (tuned on) and test (never tuned on).
/// </summary>
internal static class DuplicateEvaluation
{
    /// <summary>Gold duplicate clusters: entry → label (the cluster's smallest entry); entries of distinct pairs stay singletons.</summary>
    public static Dictionary<string, string> ReadGold(string path)
    {
        var clusters = new Clusters();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new FormatException($"{path}: expected 'entry_a entry_b label…', got '{line}'");
            clusters.Add(f[0]);
            clusters.Add(f[1]);
            if (f[2] == "duplicate") clusters.Join(f[0], f[1]);
        }
        return clusters.Labels();
    }

    /// <summary>Stores every document of <paramref name="corpusPath"/> in a scratch store and scores its copies per split.</summary>
    public static EvaluationResult Run(string goldPath, string corpusPath, NearDuplicateOptions detection)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"sitrep-dups-{Guid.NewGuid():N}.db");
        try
        {
            var docs = DocumentSource.Read([corpusPath], new IngestOptions()).OfType<IngestedDocument>().Select(d => d.Doc);
            return EvaluationResult.Ok(Score(ReadGold(goldPath), docs, scratch, new StoreOptions { NearDuplicates = detection }));
        }
        finally
        {
            foreach (var f in new[] { scratch, scratch + "-wal", scratch + "-shm" }) File.Delete(f);
        }
    }

    static Dictionary<string, object?> Score(Dictionary<string, string> goldPairs, IEnumerable<Documents.Doc> docs, string scratchDb, StoreOptions options)
    {
        var predicted = new Dictionary<string, string>();
        int documents = 0;
        using (var store = DocumentStore.Open(scratchDb, options))
        {
            foreach (var doc in docs)
            {
                store.Save(doc);
                documents++;
            }
            foreach (var l in store.Locators())
                if (l.Locator is { } entry) predicted[entry] = l.DocumentId;
        }
        // Entries in no gold pair are singletons in gold: a copy found among them is a false positive.
        var gold = predicted.Keys.ToDictionary(e => e, e => goldPairs.GetValueOrDefault(e, e));
        var scores = ClusterScores.Keys(gold, predicted);
        scores["documents"] = documents;
        scores["stored"] = predicted.Values.Distinct().Count();
        foreach (var split in new[] { "dev", "test" })
        {
            var part = gold.Where(g => GoldSplit.Of(g.Value) == split).ToDictionary();
            scores[split] = ClusterScores.Keys(part, predicted);
        }
        return scores;
    }
}
