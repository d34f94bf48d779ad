using System.IO.Compression;
using System.Text;

namespace Sitrep.Quotes.Learned;

/// <summary>Result of loading a model file: the tagger, or one line naming the file and the problem.</summary>
public sealed record TaggerLoadResult(QuoteTagger? Tagger, string? Error);

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger of source, cue and content (BIO) over the tokens of
/// a paragraph. Immutable after loading; safe to share between threads.
/// </summary>
public sealed class QuoteTagger
{
    public const string Magic = "SITREP-QUOTES", Kind = "perceptron-bio";
    public const int FormatVersion = 2;

    readonly Dictionary<ulong, int> _index;
    readonly FeatureTable _table;
    readonly float[] _weights;

    internal QuoteTagger(Dictionary<ulong, int> index, float[] weights, bool backward)
    {
        _index = index;
        _table = new FeatureTable(index);
        _weights = weights;
        Backward = backward;
    }

    public int FeatureCount => _index.Count;

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
                Score(input.Features[i], dynamic, scores);
                labels[i] = Best(scores, i > start ? labels[i - 1] : RoleLabels.O);
            }
        return labels;
    }

    internal void Score(ulong[] features, ReadOnlySpan<ulong> dynamic, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features) AddWeights(f, scores);
        foreach (var f in dynamic) AddWeights(f, scores);
    }

    void AddWeights(ulong feature, Span<float> scores)
    {
        int id = _table.Row(feature);
        if (id < 0) return;
        var w = _weights.AsSpan(id * RoleLabels.Count, RoleLabels.Count);
        for (int k = 0; k < scores.Length; k++) scores[k] += w[k];
    }

    /// <summary>The best label that may follow <paramref name="previous"/>: I-X only after B-X or I-X.</summary>
    internal static byte Best(ReadOnlySpan<float> scores, byte previous)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++)
        {
            if (RoleLabels.IsInside((byte)k) && RoleLabels.Role(previous) != RoleLabels.Role((byte)k)) continue;
            if (scores[k] > scores[best]) best = k;
        }
        return (byte)best;
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gz, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Kind);
        w.Write(FormatVersion);
        w.Write(RoleLabels.Count);
        w.Write(Backward);
        w.Write(_index.Count);
        foreach (var (key, id) in _index.OrderBy(p => p.Key))
        {
            w.Write(key);
            for (int k = 0; k < RoleLabels.Count; k++) w.Write((Half)_weights[id * RoleLabels.Count + k]);
        }
    }

    public static TaggerLoadResult Load(string path)
    {
        try
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var r = new BinaryReader(gz, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != Kind) return new(null, $"{path}: not a Sitrep quotes model");
            int version = r.ReadInt32();
            if (version != FormatVersion) return new(null, $"{path}: model format version {version}, this build reads {FormatVersion}");
            if (r.ReadInt32() != RoleLabels.Count) return new(null, $"{path}: unexpected label count");
            bool backward = r.ReadBoolean();
            int count = r.ReadInt32();
            var index = new Dictionary<ulong, int>(count);
            var weights = new float[count * RoleLabels.Count];
            for (int i = 0; i < count; i++)
            {
                index[r.ReadUInt64()] = i;
                for (int k = 0; k < RoleLabels.Count; k++) weights[i * RoleLabels.Count + k] = (float)r.ReadHalf();
            }
            if (gz.ReadByte() != -1) return new(null, $"{path}: trailing bytes after the weights");
            return new(new QuoteTagger(index, weights, backward), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            return new(null, $"{path}: cannot read quotes model ({e.Message})");
        }
    }
}
