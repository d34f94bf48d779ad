using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Language.Features;

namespace Sitrep.Entities.Recognition;

/// <summary>Result of loading a model file: the model, or one line saying what is wrong.</summary>
public readonly record struct NerModelLoad(NerModel? Model, string? Error)
{
    public bool Success => Model is not null;
}

/// <summary>
/// A frozen averaged-perceptron NER model: one weight row per feature key over the BILOU tags,
/// decoded greedily left to right or (structured models) by Viterbi search, with BILOU transition constraints. Immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    const string Magic = "SITREP-NER";
    public const int FormatVersion = 4;
    /// <summary>
    /// Flags byte: bit 0 POS, bit 1 clusters, bits 2–6 the first five <see cref="NerExtraFeatures"/>, bit 7 Viterbi;
    /// format 3 adds a second byte with the further extras (bit 0 syntax). Format 4 stores the word clusters of a
    /// cluster model inside it. Format 2 and 3 files without clusters still load.
    /// </summary>
    const int ViterbiFlag = 128;
    const int FirstByteExtras = 5;

    readonly Dictionary<ulong, int> _rows;
    // Open-addressing copy of _rows for scoring: keys are already mixed hashes, so the low bits index the
    // table directly (linear probing, at most half full); 0 marks an empty slot, key 0 lives in _zeroRow.
    readonly ulong[] _slotKeys;
    readonly int[] _slotRows;
    readonly int _zeroRow = -1;
    readonly float[] _weights;
    readonly int _stride;

    public int TagCount { get; }
    public int FeatureCount => _rows.Count;
    /// <summary>Trained with UPOS features from the Language tagger: tag documents before applying it.</summary>
    public bool UsesPos { get; }
    /// <summary>Trained with Brown-cluster features: the clusters (from models/clusters when trained), stored in the model.</summary>
    public EmbeddedClusters? Clusters { get; }
    public bool UsesClusters => Clusters is not null;
    /// <summary>Optional feature templates the model was trained with.</summary>
    public NerExtraFeatures Extras { get; }
    /// <summary>Trained as a structured perceptron with first-order features: decoded by exact Viterbi search instead of greedily.</summary>
    public bool UsesViterbi { get; }

    internal NerModel(Dictionary<ulong, int> rows, float[] denseWeights, int tagCount, bool usesPos, EmbeddedClusters? clusters = null,
        NerExtraFeatures extras = NerExtraFeatures.None, bool usesViterbi = false)
    {
        Extras = extras;
        TagCount = tagCount;
        UsesViterbi = usesViterbi;
        UsesPos = usesPos;
        Clusters = clusters;
        _stride = (tagCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _rows = rows;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _slotKeys = new ulong[capacity];
        _slotRows = new int[capacity];
        foreach (var (key, row) in rows)
        {
            if (key == 0) { _zeroRow = row; continue; }
            int slot = (int)(key & (ulong)(capacity - 1));
            while (_slotKeys[slot] != 0) slot = (slot + 1) & (capacity - 1);
            _slotKeys[slot] = key;
            _slotRows[slot] = row;
        }
        _weights = new float[rows.Count * _stride];
        for (int r = 0; r < rows.Count; r++)
            Array.Copy(denseWeights, r * tagCount, _weights, r * _stride, tagCount);
    }

    /// <summary>
    /// One model whose weights are the mean of the members'. Scores are linear in the weights, so it scores
    /// (and decodes) every sentence exactly as the members' summed scores would, up to half-precision rounding.
    /// </summary>
    public static NerModel Average(IReadOnlyList<NerModel> members, float pruneBelow)
    {
        var first = members[0];
        if (members.Any(m => m.TagCount != first.TagCount || m.UsesPos != first.UsesPos || m.Clusters != first.Clusters
                || m.Extras != first.Extras || m.UsesViterbi != first.UsesViterbi))
            throw new ArgumentException("only models trained with the same settings can be averaged", nameof(members));
        int tags = first.TagCount;
        var sums = new Dictionary<ulong, float[]>();
        foreach (var m in members)
            foreach (var (key, row) in m._rows)
            {
                if (!sums.TryGetValue(key, out var sum)) sums[key] = sum = new float[tags];
                var w = m._weights.AsSpan(row * m._stride, tags);
                for (int t = 0; t < tags; t++) sum[t] += w[t];
            }
        var means = sums.OrderBy(kv => kv.Key).Select(kv =>
        {
            for (int t = 0; t < tags; t++) kv.Value[t] /= members.Count;
            return (kv.Key, kv.Value);
        });
        return FromRows(means, tags, pruneBelow, first.UsesPos, first.Clusters, first.Extras, first.UsesViterbi);
    }

    /// <summary>
    /// A model from full-precision rows in key order: each weight rounded to the stored half precision, those below
    /// <paramref name="pruneBelow"/> dropped, rows left all zero left out. A row's array is copied before the next is read.
    /// </summary>
    internal static NerModel FromRows(IEnumerable<(ulong Key, float[] Weights)> rows, int tagCount, float pruneBelow, bool usesPos,
        EmbeddedClusters? clusters, NerExtraFeatures extras, bool usesViterbi)
    {
        var index = new Dictionary<ulong, int>();
        var dense = new List<float>();
        foreach (var (key, weights) in rows)
        {
            bool keep = false;
            for (int t = 0; t < tagCount; t++)
            {
                float w = weights[t];
                weights[t] = Math.Abs(w) < pruneBelow ? 0 : (float)(Half)w;
                keep |= weights[t] != 0;
            }
            if (!keep) continue;
            index.Add(key, index.Count);
            dense.AddRange(weights.AsSpan(0, tagCount));
        }
        return new NerModel(index, [.. dense], tagCount, usesPos, clusters, extras, usesViterbi);
    }

    /// <summary>Best tag per token of the sentence in <paramref name="buffer"/>.</summary>
    public void Predict(NerFeatures.Buffer buffer, Span<int> tags)
    {
        if (UsesViterbi) { PredictViterbi(buffer, tags); return; }
        Span<float> scores = stackalloc float[_stride];
        Span<float> baseScores = stackalloc float[_stride];
        Span<ulong> history = stackalloc ulong[NerFeatures.HistoryFeatureCount];
        int prev = -1, prev2 = -1;
        for (int i = 0; i < buffer.Count; i++)
        {
            baseScores.Clear();
            foreach (var key in buffer.StaticKeys(i)) AddRow(key, baseScores);
            NerFeatures.History(buffer, i, prev, prev2, history);
            baseScores.CopyTo(scores);
            foreach (var key in history) AddRow(key, scores);
            int best = Best(scores, prev, i == buffer.Count - 1);
            tags[i] = best;
            prev2 = prev;
            prev = best;
        }
    }

    float[]? _transitions;

    /// <summary>
    /// The first two history templates (previous tag; previous two tags, the second fixed in a first-order model)
    /// do not depend on the token: summed once per previous tag, so Viterbi looks up only the two word-dependent ones.
    /// </summary>
    float[] Transitions()
    {
        if (_transitions is { } done) return done;
        var table = new float[(TagCount + 1) * _stride];
        var probe = new NerFeatures.Buffer();
        probe.Ensure(1);
        Span<ulong> keys = stackalloc ulong[NerFeatures.HistoryFeatureCount];
        for (int p = -1; p < TagCount; p++)
        {
            FirstOrderHistory(probe, 0, p, keys);
            var row = table.AsSpan((p + 1) * _stride, _stride);
            AddRow(keys[0], row);
            AddRow(keys[1], row);
        }
        return _transitions = table;
    }

    void PredictViterbi(NerFeatures.Buffer buffer, Span<int> tags)
    {
        var transitions = Transitions();
        NerViterbi.Decode(buffer.Count, TagCount,
            (i, scores) => { foreach (var key in buffer.StaticKeys(i)) AddRow(key, scores); },
            (i, prev, scores) =>
            {
                Span<ulong> history = stackalloc ulong[NerFeatures.HistoryFeatureCount];
                FirstOrderHistory(buffer, i, prev, history);
                var t = MemoryMarshal.Cast<float, Vector<float>>(transitions.AsSpan((prev + 1) * _stride, _stride));
                var s = MemoryMarshal.Cast<float, Vector<float>>(scores);
                for (int v = 0; v < t.Length; v++) s[v] += t[v];
                for (int k = 2; k < history.Length; k++) AddRow(history[k], scores);
            }, tags, _stride);
    }

    /// <summary>History features of a first-order (Viterbi) model: the two-tag template sees only the previous tag.</summary>
    internal static void FirstOrderHistory(NerFeatures.Buffer buffer, int i, int prev, Span<ulong> keys) =>
        NerFeatures.History(buffer, i, prev, -1, keys);

    void AddRow(ulong key, Span<float> scores)
    {
        int row = RowOf(key);
        if (row < 0) return;
        var w = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(row * _stride, _stride));
        var s = MemoryMarshal.Cast<float, Vector<float>>(scores);
        for (int v = 0; v < w.Length; v++) s[v] += w[v];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    int RowOf(ulong key)
    {
        if (key == 0) return _zeroRow;
        var keys = _slotKeys;
        int mask = keys.Length - 1;
        for (int slot = (int)(key & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            ulong k = keys[slot];
            if (k == key) return _slotRows[slot];
            if (k == 0) return -1;
        }
    }

    internal int Best(ReadOnlySpan<float> scores, int prev, bool last)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < TagCount; t++)
        {
            if (!NerLabels.CanFollow(prev, t) || (last && !NerLabels.CanEnd(t))) continue;
            if (scores[t] > bestScore) { bestScore = scores[t]; best = t; }
        }
        return best;
    }

    /// <summary>Writes the model: magic, format version, template version, tag names, sparse rows, then any word clusters, gzip-compressed.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gz, Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerFeatures.TemplateVersion);
        int extras = (int)Extras;
        w.Write((byte)((UsesPos ? 1 : 0) | (UsesClusters ? 2 : 0) | ((extras & ((1 << FirstByteExtras) - 1)) << 2) | (UsesViterbi ? ViterbiFlag : 0)));
        w.Write((byte)(extras >> FirstByteExtras));
        w.Write(TagCount);
        for (int t = 0; t < TagCount; t++) w.Write(NerLabels.Name(t));
        w.Write(_rows.Count);
        foreach (var (key, row) in _rows.OrderBy(kv => kv.Key))
        {
            w.Write(key);
            var weights = _weights.AsSpan(row * _stride, TagCount);
            int nonZero = 0;
            foreach (var x in weights) if ((Half)x != Half.Zero) nonZero++;
            w.Write((byte)nonZero);
            for (int t = 0; t < TagCount; t++)
            {
                var h = (Half)weights[t];
                if (h == Half.Zero) continue;
                w.Write((byte)t);
                w.Write(h);
            }
        }
        Clusters?.Write(w);
    }

    public static NerModelLoad Load(string path)
    {
        if (!File.Exists(path)) return new(null, $"{path}: NER model not found");
        try
        {
            using var file = File.OpenRead(path);
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(gz, Encoding.UTF8);
            if (r.ReadString() != Magic) return new(null, $"{path}: not a Sitrep NER model");
            int format = r.ReadInt32(), templates = r.ReadInt32();
            // Format 1 models have no POS flag and never used POS; templates 2 changed POS templates only.
            bool readable = ((format is >= 2 and <= FormatVersion) && templates == NerFeatures.TemplateVersion) || (format == 1 && templates == 1);
            if (!readable)
                return new(null, $"{path}: model format {format}/features {templates}, this build reads {FormatVersion}/{NerFeatures.TemplateVersion}");
            int flags = format == 1 ? 0 : r.ReadByte();
            bool usesPos = (flags & 1) != 0, usesClusters = (flags & 2) != 0, usesViterbi = (flags & ViterbiFlag) != 0;
            int moreExtras = format >= 3 ? r.ReadByte() : 0;
            var extras = (NerExtraFeatures)(((flags & ~ViterbiFlag) >> 2) | (moreExtras << FirstByteExtras));
            if ((extras & ~NerExtraFeatures.All) != 0) return new(null, $"{path}: unknown model flags {flags}");
            if (usesClusters && format < 4) return new(null, $"{path}: a format {format} cluster model does not carry its clusters; retrain it");
            int tagCount = r.ReadInt32();
            for (int t = 0; t < tagCount; t++)
                if (r.ReadString() != NerLabels.Name(t)) return new(null, $"{path}: tag set differs from this build's");
            int rowCount = r.ReadInt32();
            var rows = new Dictionary<ulong, int>(rowCount);
            var dense = new float[rowCount * tagCount];
            for (int row = 0; row < rowCount; row++)
            {
                rows.Add(r.ReadUInt64(), row);
                int nonZero = r.ReadByte();
                for (int j = 0; j < nonZero; j++)
                {
                    int t = r.ReadByte();
                    dense[row * tagCount + t] = (float)r.ReadHalf();
                }
            }
            var clusters = usesClusters ? EmbeddedClusters.Read(r) : null;
            if (gz.ReadByte() != -1) return new(null, $"{path}: trailing bytes after the model");
            return new(new NerModel(rows, dense, tagCount, usesPos, clusters, extras, usesViterbi), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return new(null, $"{path}: unreadable NER model ({e.Message})");
        }
    }
}
