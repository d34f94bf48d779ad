namespace Sitrep.Stories;

/// <summary>
/// Online, incremental story clustering in the spirit of Miranda et al. (2018): each article is compared only with the
/// open stories sharing one of its strongest words or entities (an inverted index), joins the most similar one at or
/// above the threshold, or starts a story. Document frequencies are counted as articles arrive (hashed into a fixed
/// table), so nothing is recomputed; stories idle longer than the window close, which bounds memory. Not thread-safe.
/// </summary>
internal sealed class StoryClusterer(StoryOptions options)
{
    const int Buckets = 1 << 18;
    const int IndexTerms = 12;

    readonly int[] _documentFrequency = new int[Buckets];
    readonly Dictionary<int, HashSet<Story>> _index = [];
    readonly HashSet<Story> _open = [];
    long _documents;

    public StoryOptions Options => options;

    /// <summary>Stories still open (an article within the window).</summary>
    public IReadOnlyCollection<Story> Open => _open;

    public long Documents => _documents;

    /// <summary>Document frequencies and count, for saving and restoring the clusterer between runs.</summary>
    public (int[] Frequencies, long Documents) Statistics => (_documentFrequency, _documents);

    public void Restore(ReadOnlySpan<int> frequencies, long documents, IEnumerable<Story> open)
    {
        frequencies[..Math.Min(frequencies.Length, Buckets)].CopyTo(_documentFrequency);
        _documents = documents;
        foreach (var story in open) List(story, story.Centroids[0].Weights.Keys.Concat(story.Centroids[1].Weights.Keys));
    }

    public StoryAssignment Add(StoryInput input)
    {
        Close(input.Time - options.Window);
        var features = Count(input);
        _documents++;
        foreach (var kind in features)
            foreach (var key in kind.Keys)
                _documentFrequency[(int)((uint)key % Buckets)]++;
        var vectors = features.Select((counts, k) => Weigh(counts, sublinear: k == (int)FeatureKind.Words)).ToArray();

        var keys = Strongest(vectors[(int)FeatureKind.Words], IndexTerms).Concat(vectors[(int)FeatureKind.Entities].Weights.Keys).ToList();
        Story? best = null;
        double bestScore = options.Threshold;
        foreach (var story in Candidates(keys).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            double score = Similarity(vectors, story);
            if (score >= bestScore && (best is null || score > bestScore)) (best, bestScore) = (story, score);
        }
        bool started = best is null;
        best ??= new Story { Id = input.DocumentId, Title = input.Title, First = input.Time, Last = input.Time };
        Join(best, vectors, input.Time, keys);
        return new StoryAssignment(best.Id, started, started ? 1 : bestScore);
    }

    double Similarity(SparseVector[] vectors, Story story)
    {
        double[] weights = [options.TextWeight, options.EntityWeight, options.PlaceWeight, options.EventTypeWeight];
        double score = 0;
        for (int k = 0; k < vectors.Length; k++)
        {
            if (weights[k] == 0 || story.Norms[k] == 0 || vectors[k].IsEmpty) continue;
            double dot = 0;
            foreach (var (key, w) in vectors[k].Weights)
                if (story.Centroids[k].Weights.TryGetValue(key, out var v)) dot += (double)w * v;
            score += weights[k] * dot / story.Norms[k];   // article vectors are unit length
        }
        return score;
    }

    void Join(Story story, SparseVector[] vectors, DateTimeOffset time, IEnumerable<int> keys)
    {
        for (int k = 0; k < vectors.Length; k++)
        {
            story.Centroids[k].Add(vectors[k]);
            story.Centroids[k].Prune(options.CentroidTerms);
        }
        story.Refresh();
        story.Size++;
        if (time > story.Last) story.Last = time;
        if (time < story.First) story.First = time;
        List(story, keys);
    }

    void List(Story story, IEnumerable<int> keys)
    {
        _open.Add(story);
        story.Refresh();
        foreach (var key in keys)
        {
            if (!story.Keys.Add(key)) continue;
            if (!_index.TryGetValue(key, out var set)) _index[key] = set = [];
            set.Add(story);
        }
    }

    IEnumerable<Story> Candidates(IEnumerable<int> keys)
    {
        var found = new HashSet<Story>();
        foreach (var key in keys)
            if (_index.TryGetValue(key, out var set)) found.UnionWith(set);
        return found;
    }

    /// <summary>Closes stories whose latest article is older than <paramref name="before"/>; returns them.</summary>
    public List<Story> Close(DateTimeOffset before)
    {
        var closed = _open.Where(s => s.Last < before).ToList();
        if (closed.Count == 0) return closed;
        foreach (var story in closed)
        {
            foreach (var key in story.Keys)
                if (_index.TryGetValue(key, out var set) && set.Remove(story) && set.Count == 0) _index.Remove(key);
            story.Keys.Clear();
        }
        _open.ExceptWith(closed);
        return closed;
    }

    static IEnumerable<int> Strongest(SparseVector v, int n) =>
        v.Weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(n).Select(kv => kv.Key);

    /// <summary>Raw counts per feature kind, keyed by hashed feature (the kind is part of the hash).</summary>
    Dictionary<int, int>[] Count(StoryInput input)
    {
        var words = new Dictionary<int, int>();
        if (input.Title is { } title)
            foreach (var h in Shingles.WordHashes(title))
                words[Key(h, 0)] = words.GetValueOrDefault(Key(h, 0)) + options.TitleBoost;
        foreach (var h in Shingles.WordHashes(input.Text))
            words[Key(h, 0)] = words.GetValueOrDefault(Key(h, 0)) + 1;
        return [words, Set(input.Entities, 1), Set(input.Places, 2), Set(input.EventTypes, 3)];
    }

    static Dictionary<int, int> Set(IEnumerable<string> values, int kind)
    {
        var set = new Dictionary<int, int>();
        foreach (var v in values) set[Key(Shingles.WordHashes(v).Aggregate(0UL, (h, w) => Shingles.Mix(h ^ w)), kind)] = 1;
        return set;
    }

    static int Key(ulong hash, int kind) => (int)(Shingles.Mix(hash + (ulong)kind) & 0x7FFF_FFFF);

    SparseVector Weigh(Dictionary<int, int> counts, bool sublinear)
    {
        var v = new SparseVector();
        foreach (var (key, n) in counts)
        {
            double idf = Math.Log((_documents + 1.0) / (_documentFrequency[(int)((uint)key % Buckets)] + 1.0)) + 1;
            v.Weights[key] = (float)((sublinear ? 1 + Math.Log(n) : 1) * idf);
        }
        v.Normalize();
        return v;
    }
}
