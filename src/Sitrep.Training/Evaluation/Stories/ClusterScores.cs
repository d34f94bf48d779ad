namespace Sitrep.Evaluation.Stories;

/// <summary>Precision, recall and F1 of one clustering measure.</summary>
internal readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores a clustering against gold clusters over the items both label. Pairwise: pairs put together in one cluster.
/// B-cubed: per item, the share of its predicted cluster that is in its gold cluster (precision) and the reverse (recall).
/// </summary>
internal static class ClusterScores
{
    public static Prf Pairwise<T>(IReadOnlyDictionary<T, string> gold, IReadOnlyDictionary<T, string> predicted) where T : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToList();
        long both = 0, goldPairs = 0, predictedPairs = 0;
        foreach (var group in items.GroupBy(i => (gold[i], predicted[i]))) both += Pairs(group.Count());
        foreach (var group in items.GroupBy(i => gold[i])) goldPairs += Pairs(group.Count());
        foreach (var group in items.GroupBy(i => predicted[i])) predictedPairs += Pairs(group.Count());
        return new Prf(predictedPairs == 0 ? 1 : (double)both / predictedPairs, goldPairs == 0 ? 1 : (double)both / goldPairs);
    }

    public static Prf BCubed<T>(IReadOnlyDictionary<T, string> gold, IReadOnlyDictionary<T, string> predicted) where T : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToList();
        if (items.Count == 0) return new Prf(1, 1);
        var overlap = items.GroupBy(i => (gold[i], predicted[i])).ToDictionary(g => g.Key, g => g.Count());
        var goldSize = items.GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.Count());
        var predictedSize = items.GroupBy(i => predicted[i]).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        foreach (var i in items)
        {
            double common = overlap[(gold[i], predicted[i])];
            p += common / predictedSize[predicted[i]];
            r += common / goldSize[gold[i]];
        }
        return new Prf(p / items.Count, r / items.Count);
    }

    /// <summary>Both measures as flat keys: <c>pairwise_f1</c>, <c>bcubed_precision</c>…</summary>
    public static Dictionary<string, object?> Keys<T>(IReadOnlyDictionary<T, string> gold, IReadOnlyDictionary<T, string> predicted) where T : notnull
    {
        var pw = Pairwise(gold, predicted);
        var b3 = BCubed(gold, predicted);
        return new()
        {
            ["pairwise_precision"] = pw.Precision, ["pairwise_recall"] = pw.Recall, ["pairwise_f1"] = pw.F1,
            ["bcubed_precision"] = b3.Precision, ["bcubed_recall"] = b3.Recall, ["bcubed_f1"] = b3.F1,
            ["items"] = gold.Keys.Count(predicted.ContainsKey),
        };
    }

    static long Pairs(long n) => n * (n - 1) / 2;
}

/// <summary>Union-find over string keys: gold pairs become gold clusters.</summary>
internal sealed class Clusters
{
    readonly Dictionary<string, string> _parent = [];

    public void Add(string item) => _parent.TryAdd(item, item);

    public void Join(string a, string b)
    {
        Add(a);
        Add(b);
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb) _parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
    }

    public string Find(string item)
    {
        Add(item);
        while (_parent[item] != item) item = _parent[item] = _parent[_parent[item]];
        return item;
    }

    /// <summary>Every item with its cluster's smallest member as label.</summary>
    public Dictionary<string, string> Labels() => _parent.Keys.ToDictionary(k => k, Find);
}

/// <summary>The internal split of gold items: half to tune on (dev), half never tuned on (test), by a hash of a key.</summary>
internal static class GoldSplit
{
    public static string Of(string key) =>
        (System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))[0] & 1) == 0 ? "dev" : "test";
}
