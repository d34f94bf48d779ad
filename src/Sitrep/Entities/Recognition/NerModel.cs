using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// A frozen NER model: averaged-perceptron weights over the BILOU tags and the optional templates it was
/// trained with, decoded greedily left to right or (structured models) by Viterbi search, within the
/// BILOU constraints of <see cref="NerLabels.Scheme"/>. Immutable and thread-safe.
/// </summary>
internal sealed class NerModel
{
    public const string Kind = "ner";
    /// <summary>Format 5: the <see cref="ModelFile"/> container. Formats 2–4 (gzip, before it) still load.</summary>
    public const int FormatVersion = 5;

    readonly PerceptronModel _weights;

    public int TagCount => _weights.ClassCount;
    public int FeatureCount => _weights.FeatureCount;
    /// <summary>Trained with UPOS features from the Language tagger: tag documents before applying it.</summary>
    public bool UsesPos { get; }
    /// <summary>Trained with Brown-cluster features: the clusters (from models/clusters when trained), stored in the model.</summary>
    public EmbeddedClusters? Clusters { get; }
    public bool UsesClusters => Clusters is not null;
    /// <summary>Optional feature templates the model was trained with.</summary>
    public NerExtraFeatures Extras { get; }
    /// <summary>Trained as a structured perceptron with first-order features: decoded by exact Viterbi search instead of greedily.</summary>
    public bool UsesViterbi { get; }

    internal NerModel(PerceptronModel weights, bool usesPos, EmbeddedClusters? clusters = null,
        NerExtraFeatures extras = NerExtraFeatures.None, bool usesViterbi = false)
    {
        if (weights.ClassCount != NerLabels.TagCount) throw new InvalidDataException($"the model has {weights.ClassCount} tags, this build {NerLabels.TagCount}");
        _weights = weights;
        UsesPos = usesPos;
        Clusters = clusters;
        Extras = extras;
        UsesViterbi = usesViterbi;
        _transitions = new Lazy<float[]>(Transitions);
    }

    /// <summary>One model whose weights are the mean of the members' (see <see cref="PerceptronModel.Mean"/>).</summary>
    public static NerModel Average(IReadOnlyList<NerModel> members, float pruneBelow)
    {
        var first = members[0];
        if (members.Any(m => m.UsesPos != first.UsesPos || m.Clusters != first.Clusters || m.Extras != first.Extras || m.UsesViterbi != first.UsesViterbi))
            throw new ArgumentException("only models trained with the same settings can be averaged", nameof(members));
        return first.With(PerceptronModel.Mean([.. members.Select(m => m._weights)], pruneBelow));
    }

    /// <summary>Other weights with this model's settings.</summary>
    internal NerModel With(PerceptronModel weights) => new(weights, UsesPos, Clusters, Extras, UsesViterbi);

    /// <summary>Best tag per token of the sentence in <paramref name="buffer"/>.</summary>
    public void Predict(NerFeatures.Buffer buffer, Span<int> tags)
    {
        if (UsesViterbi) { PredictViterbi(buffer, tags); return; }
        Span<float> scores = stackalloc float[TagCount];
        Span<float> baseScores = stackalloc float[TagCount];
        Span<ulong> history = stackalloc ulong[NerFeatures.HistoryFeatureCount];
        int prev = -1, prev2 = -1;
        for (int i = 0; i < buffer.Count; i++)
        {
            _weights.Score(buffer.StaticKeys(i), baseScores);
            NerFeatures.History(buffer, i, prev, prev2, history);
            baseScores.CopyTo(scores);
            _weights.Add(history, scores);
            int best = GreedyDecoder.Best(scores, NerLabels.Scheme, prev, i == buffer.Count - 1);
            tags[i] = best;
            prev2 = prev;
            prev = best;
        }
    }

    readonly Lazy<float[]> _transitions;

    /// <summary>
    /// The first two history templates (previous tag; previous two tags, the second fixed in a first-order model)
    /// do not depend on the token: summed once per previous tag, so Viterbi looks up only the two word-dependent ones.
    /// </summary>
    float[] Transitions()
    {
        var table = new float[(TagCount + 1) * TagCount];
        var probe = new NerFeatures.Buffer();
        probe.Ensure(1);
        Span<ulong> keys = stackalloc ulong[NerFeatures.HistoryFeatureCount];
        for (int p = -1; p < TagCount; p++)
        {
            FirstOrderHistory(probe, 0, p, keys);
            _weights.Add(keys[..2], table.AsSpan((p + 1) * TagCount, TagCount));
        }
        return table;
    }

    void PredictViterbi(NerFeatures.Buffer buffer, Span<int> tags)
    {
        var transitions = _transitions.Value;
        int count = TagCount;
        ViterbiDecoder.Decode(buffer.Count, NerLabels.Scheme,
            (i, scores) => _weights.Add(buffer.StaticKeys(i), scores),
            (i, prev, scores) =>
            {
                Span<ulong> history = stackalloc ulong[NerFeatures.HistoryFeatureCount];
                FirstOrderHistory(buffer, i, prev, history);
                var t = transitions.AsSpan((prev + 1) * count, count);
                for (int k = 0; k < t.Length; k++) scores[k] += t[k];
                _weights.Add(history[2..], scores);
            }, tags, count);
    }

    /// <summary>History features of a first-order (Viterbi) model: the two-tag template sees only the previous tag.</summary>
    internal static void FirstOrderHistory(NerFeatures.Buffer buffer, int i, int prev, Span<ulong> keys) =>
        NerFeatures.History(buffer, i, prev, -1, keys);

    /// <summary>Writes the model in the <see cref="ModelFile"/> container: template version, settings, tag names, weights, then any word clusters.</summary>
    public void Save(string path) => ModelFile.Save(path, Kind, FormatVersion, w =>
    {
        w.Write(NerFeatures.TemplateVersion);
        w.Write((int)Extras);
        w.Write(UsesPos);
        w.Write(UsesViterbi);
        w.Write(UsesClusters);
        ModelFile.WriteStrings(w, [.. Enumerable.Range(0, TagCount).Select(NerLabels.Name)]);
        _weights.Write(w);
        Clusters?.Write(w);
    });

    /// <summary>Reads the model; with <paramref name="cacheDirectory"/>, its built tables (and an older format's conversion) are cached there for later loads.</summary>
    public static ModelLoadResult<NerModel> Load(string path, string? cacheDirectory = null)
    {
        if (NerModelFormat4.Recognises(path)) return cacheDirectory is null ? NerModelFormat4.Load(path) : LoadConverted(path, cacheDirectory);
        return ModelFile.Load(path, Kind, FormatVersion, r =>
        {
            int templates = r.ReadInt32();
            if (templates != NerFeatures.TemplateVersion)
                throw new InvalidDataException($"its feature templates are version {templates}, this build's {NerFeatures.TemplateVersion}");
            var extras = (NerExtraFeatures)r.ReadInt32();
            if ((extras & ~NerExtraFeatures.All) != 0) throw new InvalidDataException($"unknown feature flags {(int)extras}");
            bool usesPos = r.ReadBoolean(), usesViterbi = r.ReadBoolean(), usesClusters = r.ReadBoolean();
            CheckTags(ModelFile.ReadStrings(r));
            var weights = PerceptronModel.Read(r);
            return new NerModel(weights, usesPos, usesClusters ? EmbeddedClusters.Read(r) : null, extras, usesViterbi);
        }, cacheDirectory);
    }

    /// <summary>
    /// An older-format model, saved once in the current format in the cache (named by the old file's checksum), so later
    /// loads map its table rather than parse gzip rows one by one; the weights are the same, so are the tags.
    /// </summary>
    static ModelLoadResult<NerModel> LoadConverted(string path, string cacheDirectory)
    {
        var converted = Path.Combine(cacheDirectory, "models", $"ner-{Fnv1a.Of(File.ReadAllBytes(path)):x16}.bin");
        if (!File.Exists(converted))
        {
            var old = NerModelFormat4.Load(path);
            if (!old.Success) return old;
            string temporary = $"{converted}.{Environment.ProcessId}.tmp";
            try
            {
                old.Model!.Save(temporary);
                File.Move(temporary, converted, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return old;   // a cache that cannot be written only costs later runs their speed
            }
        }
        var load = Load(converted, cacheDirectory);
        return load.Success ? load : NerModelFormat4.Load(path);
    }

    internal static void CheckTags(IReadOnlyList<string> names)
    {
        if (names.Count != NerLabels.TagCount || names.Where((n, t) => n != NerLabels.Name(t)).Any())
            throw new InvalidDataException("its tag set differs from this build's");
    }
}
