using Sitrep.Documents;
using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Language.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. Each class is a (UPOS, XPOS) pair seen in
/// training, so both tags come from one decision. Immutable; scratch is per thread.
/// </summary>
internal sealed class Tagger
{
    public const string Kind = "tagger";
    public const int FormatVersion = 3;   // 2: WordNet lexicon saved after the tag dictionary; 3: word clusters (or none) after it

    readonly PerceptronModel _model;
    readonly TagDictionary _dictionary;
    readonly WordNetLexicon _lexicon;
    readonly ulong[] _labelHashes;

    [ThreadStatic] static Scratch? t_scratch;

    public Tagger(string[] labels, TagDictionary dictionary, WordNetLexicon lexicon, PerceptronModel model, EmbeddedClusters? clusters = null)
    {
        Clusters = clusters;
        Labels = labels;
        _dictionary = dictionary;
        _lexicon = lexicon;
        _model = model;
        Upos = [.. labels.Select(l => UPosNames.Parse(l.Split('\t')[0]))];
        Xpos = [.. labels.Select(l => l.Split('\t')[1])];
        _labelHashes = [.. labels.Select(l => FeatureHash.Of(l))];
    }

    /// <summary>Class labels, "UPOS\tXPOS".</summary>
    public string[] Labels { get; }
    public UPos[] Upos { get; }
    public string[] Xpos { get; }
    public PerceptronModel Model => _model;
    public TagDictionary Dictionary => _dictionary;
    public WordNetLexicon Lexicon => _lexicon;
    /// <summary>The word clusters the features read; null for a tagger trained without them.</summary>
    public EmbeddedClusters? Clusters { get; }

    internal static readonly ulong StartTag = FeatureHash.Of("<start>");

    /// <summary>Tags one sentence, writing class ids into <paramref name="classes"/>.</summary>
    public void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes)
    {
        var s = t_scratch ??= new Scratch();
        s.Values.Fill(text, starts, ends);
        s.EnsureAmbiguity(starts.Length);
        FillLookedUp(s.Memo is { } m && m.Owner == this ? m : s.Memo = NewMemo(), text, starts, ends, s.Values.Form, s.Ambiguity, s.WordNet, s.ClusterValues);
        Span<float> scores = s.Scores(_model.ClassCount);
        Span<ulong> f = s.Features;
        ulong t1 = StartTag, t2 = StartTag;
        for (int i = 0; i < starts.Length; i++)
        {
            TaggerFeatures.Extract(s.Values, s.Ambiguity, s.WordNet, s.ClusterValues, i, t1, t2, f);
            _model.Score(f, scores);
            int best = PerceptronModel.ArgMax(scores);
            classes[i] = best;
            t2 = t1;
            t1 = _labelHashes[best];
        }
    }

    public ulong LabelHash(int cls) => _labelHashes[cls];

    /// <summary>Memoised word values: the ambiguity class, the WordNet classes, the cluster path prefixes.</summary>
    internal WordMemo NewMemo() => new(this, 2 + TaggerFeatures.ClusterPrefixes.Length, (word, v) =>
    {
        v[0] = _dictionary.ValueOf(word);
        v[1] = _lexicon.ValueOf(word);
        EmbeddedClusters.ValuesOf(Clusters?.Clusters, TaggerFeatures.ClusterPrefixes, word, v[2..]);
    });

    /// <summary>
    /// <see cref="TagDictionary.Fill"/>, <see cref="WordNetLexicon.Fill"/> and <see cref="EmbeddedClusters.Fill"/>
    /// (sentinels from <paramref name="pads"/>) in one pass over <paramref name="memo"/>.
    /// </summary>
    internal static void FillLookedUp(WordMemo memo, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ulong[] pads, ulong[] amb, ulong[] wn, ulong[][] clusters)
    {
        int size = starts.Length + 2 * WordValues.Padding;
        Array.Fill(amb, TagDictionary.Unknown, 0, size);
        Array.Fill(wn, WordNetLexicon.NoClasses, 0, size);
        foreach (var c in clusters) Array.Copy(pads, c, size);
        for (int i = 0; i < starts.Length; i++)
        {
            var v = memo.ValuesOf(text.AsSpan(starts[i], ends[i] - starts[i]));
            int at = WordValues.At(i);
            amb[at] = v[0];
            wn[at] = v[1];
            for (int k = 0; k < clusters.Length; k++) clusters[k][at] = v[2 + k];
        }
    }

    public void Save(string path) => ModelFile.Save(path, Kind, FormatVersion, w =>
    {
        ModelFile.WriteStrings(w, TaggerFeatures.Templates);
        ModelFile.WriteStrings(w, Labels);
        _dictionary.Write(w);
        _lexicon.Write(w);
        w.Write(Clusters is not null);
        Clusters?.Write(w);
        _model.Write(w);
    });

    /// <summary>Reads the model; with <paramref name="cacheDirectory"/>, its built tables are cached there for later loads.</summary>
    public static ModelLoadResult<Tagger> Load(string path, string? cacheDirectory = null) => ModelFile.Load(path, Kind, FormatVersion, r =>
    {
        ModelFile.CheckTemplates(r, TaggerFeatures.Templates);
        var labels = ModelFile.ReadStrings(r);
        if (labels.Any(l => !l.Contains('\t'))) throw new InvalidDataException("bad tag label");
        var dictionary = TagDictionary.Read(r);
        var lexicon = WordNetLexicon.Read(r);
        var clusters = r.ReadBoolean() ? EmbeddedClusters.Read(r) : null;
        var model = PerceptronModel.Read(r);
        if (model.ClassCount != labels.Length) throw new InvalidDataException("label count differs from the classifier's");
        return new Tagger(labels, dictionary, lexicon, model, clusters);
    }, cacheDirectory);

    sealed class Scratch
    {
        public readonly WordValues Values = new();
        public ulong[] Ambiguity = new ulong[64], WordNet = new ulong[64];
        public readonly ulong[][] ClusterValues = [.. TaggerFeatures.ClusterPrefixes.Select(_ => new ulong[64])];
        public readonly ulong[] Features = new ulong[TaggerFeatures.Count];
        public WordMemo? Memo;
        float[] _scores = [];

        public void EnsureAmbiguity(int n)
        {
            if (Ambiguity.Length >= n + 2 * WordValues.Padding) return;
            Ambiguity = new ulong[(n + 2 * WordValues.Padding) * 2];
            WordNet = new ulong[Ambiguity.Length];
            for (int k = 0; k < ClusterValues.Length; k++) ClusterValues[k] = new ulong[Ambiguity.Length];
        }

        public Span<float> Scores(int n)
        {
            if (_scores.Length < n) _scores = new float[n];
            return _scores.AsSpan(0, n);
        }
    }
}
