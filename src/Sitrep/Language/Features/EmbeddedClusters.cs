using Sitrep.Language.Clusters;
using Sitrep.Learning;

namespace Sitrep.Language.Features;

/// <summary>
/// The word clusters a tagger or parser was trained with, saved inside its model (the clusters
/// payload, verbatim), so a retrained models/clusters can never silently change its features.
/// </summary>
internal sealed class EmbeddedClusters
{
    readonly byte[] _payload;

    EmbeddedClusters(byte[] payload, WordClusters clusters)
    {
        _payload = payload;
        Clusters = clusters;
    }

    public WordClusters Clusters { get; }

    /// <summary>Reads a clusters model (models/clusters/model.bin); throws one line naming it if bad.</summary>
    public static EmbeddedClusters FromFile(string path)
    {
        var payload = ModelFile.Load(path, WordClusters.Kind, WordClusters.FormatVersion, r =>
        {
            var stream = (MemoryStream)r.BaseStream;
            stream.Position = stream.Length;
            return stream.ToArray();
        }).GetValueOrThrow();
        return new EmbeddedClusters(payload, Parse(payload));
    }

    static WordClusters Parse(byte[] payload)
    {
        using var r = new BinaryReader(new MemoryStream(payload));
        var clusters = ClusterModelFormat.Read(r);
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("word clusters have trailing bytes");
        return clusters;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_payload.Length);
        w.Write(_payload);
    }

    public static EmbeddedClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 100_000_000) throw new InvalidDataException("bad word cluster size");
        var payload = r.ReadBytes(n);
        if (payload.Length != n) throw new EndOfStreamException();
        return new EmbeddedClusters(payload, Parse(payload));
    }

    static readonly ulong None = FeatureHash.Of("<no-cluster>");

    /// <summary>
    /// Hashes of each word's path prefixes of <paramref name="prefixes"/> bits (int.MaxValue: the whole path)
    /// into <paramref name="values"/>[k], padded like <see cref="WordValues"/>; sentinels from <paramref name="pads"/>.
    /// With <paramref name="memo"/> (from <see cref="Memo"/> for the same clusters and prefixes) the values are read from it.
    /// </summary>
    public static void Fill(WordClusters? clusters, ReadOnlySpan<int> prefixes, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ulong[] pads, ulong[][] values, WordMemo? memo = null)
    {
        int size = starts.Length + 2 * WordValues.Padding;
        for (int k = 0; k < values.Length; k++)
        {
            Array.Copy(pads, values[k], size);
            for (int i = 0; i < starts.Length; i++) values[k][WordValues.At(i)] = None;
        }
        if (clusters is null) return;
        Span<ulong> computed = stackalloc ulong[values.Length];
        for (int i = 0; i < starts.Length; i++)
        {
            var word = text.AsSpan(starts[i], ends[i] - starts[i]);
            scoped ReadOnlySpan<ulong> v;
            if (memo is null) { ValuesOf(clusters, prefixes, word, computed); v = computed; }
            else v = memo.ValuesOf(word);
            for (int k = 0; k < values.Length; k++) values[k][WordValues.At(i)] = v[k];
        }
    }

    /// <summary>A memo of <see cref="ValuesOf"/> for these clusters and prefixes, for <see cref="Fill"/>.</summary>
    public static WordMemo Memo(WordClusters clusters, int[] prefixes) =>
        new(clusters, prefixes.Length, (word, v) => ValuesOf(clusters, prefixes, word, v));

    /// <summary>One word's values of <see cref="Fill"/>: the hash of each path prefix, or a no-cluster value.</summary>
    public static void ValuesOf(WordClusters? clusters, ReadOnlySpan<int> prefixes, ReadOnlySpan<char> word, Span<ulong> values)
    {
        var path = clusters?.PathOf(word);
        for (int k = 0; k < values.Length; k++)
            values[k] = path is null ? None : FeatureHash.Of(path.AsSpan(0, Math.Min(path.Length, prefixes[k])));
    }
}
