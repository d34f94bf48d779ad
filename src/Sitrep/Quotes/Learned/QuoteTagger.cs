using Sitrep.Learning;

namespace Sitrep.Quotes.Learned;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger of source, cue and content (BIO) over the tokens of
/// a paragraph. Immutable after loading; safe to share between threads.
/// </summary>
internal sealed class QuoteTagger
{
    public const string Kind = "quotes";
    /// <summary>Format 3: the <see cref="ModelFile"/> container (formats 1–2 were gzip files of their own; retrain).</summary>
    public const int FormatVersion = 3;

    readonly PerceptronModel _weights;

    internal QuoteTagger(PerceptronModel weights, bool backward)
    {
        if (weights.ClassCount != RoleLabels.Count) throw new InvalidDataException($"the model has {weights.ClassCount} labels, this build {RoleLabels.Count}");
        _weights = weights;
        Backward = backward;
    }

    public int FeatureCount => _weights.FeatureCount;

    /// <summary>Reads each paragraph right to left (sources and cues are seen before what precedes them).</summary>
    public bool Backward { get; }

    public byte[] Tag(TaggerInput input)
    {
        if (!Backward) return TagInOrder(input);
        var reversed = input.Reversed();
        return reversed.ReverseLabels(TagInOrder(reversed));
    }

    byte[] TagInOrder(TaggerInput input)
    {
        var labels = new byte[input.Features.Length];
        Span<float> scores = stackalloc float[RoleLabels.Count];
        Span<ulong> dynamic = stackalloc ulong[DynamicFeatures.Count];
        foreach (var (start, end) in input.Paragraphs)
            for (int i = start; i < end; i++)
            {
                DynamicFeatures.Fill(dynamic, labels, input, start, i);
                _weights.Score(input.Features[i], scores);
                _weights.Add(dynamic, scores);
                labels[i] = (byte)GreedyDecoder.Best(scores, RoleLabels.Scheme, i > start ? labels[i - 1] : -1, last: false);
            }
        return labels;
    }

    public void Save(string path) => ModelFile.Save(path, Kind, FormatVersion, w =>
    {
        w.Write(Backward);
        ModelFile.WriteStrings(w, RoleLabels.Names);
        _weights.Write(w);
    });

    /// <summary>Reads the model; with <paramref name="cacheDirectory"/>, its built tables are cached there for later loads.</summary>
    public static ModelLoadResult<QuoteTagger> Load(string path, string? cacheDirectory = null) => ModelFile.Load(path, Kind, FormatVersion, r =>
    {
        bool backward = r.ReadBoolean();
        if (!ModelFile.ReadStrings(r).SequenceEqual(RoleLabels.Names)) throw new InvalidDataException("its labels differ from this build's");
        return new QuoteTagger(PerceptronModel.Read(r), backward);
    }, cacheDirectory);
}
