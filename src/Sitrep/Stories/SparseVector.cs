namespace Sitrep.Stories;

/// <summary>A sparse vector over hashed feature indices.</summary>
internal sealed class SparseVector
{
    public Dictionary<int, float> Weights { get; } = [];

    public double Norm => Math.Sqrt(Weights.Values.Sum(w => (double)w * w));

    public bool IsEmpty => Weights.Count == 0;

    public void Add(SparseVector other, float scale = 1)
    {
        foreach (var (k, w) in other.Weights)
            Weights[k] = Weights.GetValueOrDefault(k) + w * scale;
    }

    /// <summary>Cosine similarity; 0 when either vector is empty.</summary>
    public double Cosine(SparseVector other)
    {
        if (IsEmpty || other.IsEmpty) return 0;
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        double dot = 0;
        foreach (var (k, w) in small.Weights)
            if (large.Weights.TryGetValue(k, out var v)) dot += (double)w * v;
        return dot / (Norm * other.Norm);
    }

    /// <summary>Keeps the <paramref name="max"/> heaviest entries: a story's centroid stays small however long it grows.</summary>
    public void Prune(int max)
    {
        if (Weights.Count <= max) return;
        var keep = Weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(max).ToList();
        Weights.Clear();
        foreach (var (k, w) in keep) Weights[k] = w;
    }

    public void Normalize()
    {
        double n = Norm;
        if (n == 0) return;
        foreach (var k in Weights.Keys.ToList()) Weights[k] = (float)(Weights[k] / n);
    }
}
