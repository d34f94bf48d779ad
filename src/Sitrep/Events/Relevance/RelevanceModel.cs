using Sitrep.Learning;

namespace Sitrep.Events.Relevance;

/// <summary>
/// A linear text classifier (averaged perceptron, two classes) telling news that reports political or conflict
/// events from sport, business, entertainment and technology news. Its score is the margin of "relevant"
/// over "other"; the thresholds for a document and for one sentence travel with the weights. Immutable, thread-safe.
/// </summary>
internal sealed class RelevanceModel(PerceptronModel weights, double documentThreshold, double sentenceThreshold)
{
    public const string Kind = "relevance";
    const int FormatVersion = 1;
    public const int Other = 0, Relevant = 1;

    public double DocumentThreshold => documentThreshold;
    public double SentenceThreshold => sentenceThreshold;
    public int FeatureCount => weights.FeatureCount;
    public PerceptronModel Weights => weights;

    public double Score(ReadOnlySpan<char> text) => Score(Features(text));

    public double Score(HashSet<ulong> features)
    {
        Span<ulong> keys = features.Count <= 1024 ? stackalloc ulong[features.Count] : new ulong[features.Count];
        int k = 0;
        foreach (var f in features) keys[k++] = f;
        Span<float> scores = stackalloc float[2];
        weights.Score(keys, scores);
        return scores[Relevant] - scores[Other];
    }

    /// <summary>The words that pushed the score furthest towards its side (most relevant first when positive).</summary>
    public List<string> Cues(ReadOnlySpan<char> text, int count)
    {
        var words = new List<(ulong Feature, string Word)>();
        RelevanceFeatures.Extract(text, new HashSet<ulong>(), words);
        bool relevant = Score(text) >= documentThreshold;
        Span<float> scores = stackalloc float[2];
        var weighted = new List<(double Weight, string Word)>(words.Count);
        foreach (var (feature, word) in words)
        {
            weights.Score([feature], scores);
            weighted.Add((scores[Relevant] - scores[Other], word));
        }
        return [.. (relevant ? weighted.OrderByDescending(w => w.Weight) : weighted.OrderBy(w => w.Weight))
            .Where(w => relevant ? w.Weight > 0 : w.Weight < 0).Take(count).Select(w => w.Word)];
    }

    static HashSet<ulong> Features(ReadOnlySpan<char> text)
    {
        var features = new HashSet<ulong>();
        RelevanceFeatures.Extract(text, features);
        return features;
    }

    public void Save(string path) => ModelFile.Save(path, Kind, FormatVersion, w =>
    {
        w.Write(documentThreshold);
        w.Write(sentenceThreshold);
        weights.Write(w);
    });

    /// <summary>Reads the model; with <paramref name="cacheDirectory"/>, its built tables are cached there for later loads.</summary>
    public static ModelLoadResult<RelevanceModel> Load(string path, string? cacheDirectory = null) => ModelFile.Load(path, Kind, FormatVersion, r =>
    {
        double document = r.ReadDouble(), sentence = r.ReadDouble();
        return new RelevanceModel(PerceptronModel.Read(r), document, sentence);
    }, cacheDirectory);
}
