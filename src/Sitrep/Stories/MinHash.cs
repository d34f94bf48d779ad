namespace Sitrep.Stories;

/// <summary>
/// MinHash signatures of shingle sets: the share of equal positions in two signatures estimates the sets' Jaccard
/// similarity. Locality-sensitive banding turns a signature into keys that near-duplicates share with high probability.
/// </summary>
internal sealed class MinHash
{
    /// <summary>Hash functions per signature (bands × rows).</summary>
    public const int Length = 256;
    /// <summary>Rows per band: a pair of Jaccard 0.5 shares a band key with probability 1 − (1 − 0.5⁴)⁶⁴ ≈ 0.98.</summary>
    public const int RowsPerBand = 4;
    public const int Bands = Length / RowsPerBand;

    readonly ulong[] _a = new ulong[Length], _b = new ulong[Length];

    /// <summary>The fixed hash family every store and run shares (signatures stay comparable across versions).</summary>
    public static readonly MinHash Default = new(0x5173_7265_7053_7472UL);

    public MinHash(ulong seed)
    {
        ulong s = seed;
        for (int i = 0; i < Length; i++)
        {
            _a[i] = Shingles.Mix(s += 0x9E3779B97F4A7C15UL) | 1;   // odd multipliers: multiply-shift hashing
            _b[i] = Shingles.Mix(s += 0x9E3779B97F4A7C15UL);
        }
    }

    /// <summary>The signature of a set of shingle hashes (repeats do not matter); empty input gives all-max values.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var sig = new uint[Length];
        Array.Fill(sig, uint.MaxValue);
        foreach (var x in shingles)
        {
            for (int i = 0; i < sig.Length; i++)
            {
                uint v = (uint)((_a[i] * x + _b[i]) >> 32);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>One key per band: a hash of the band's index and its rows.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new long[Bands];
        for (int band = 0; band < Bands; band++)
        {
            ulong h = Shingles.Mix((ulong)band + 1);
            foreach (var v in signature.Slice(band * RowsPerBand, RowsPerBand)) h = Shingles.Mix(h ^ v);
            keys[band] = (long)h;
        }
        return keys;
    }

    public static byte[] ToBytes(uint[] signature) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(signature.AsSpan()).ToArray();

    public static uint[] FromBytes(byte[] bytes) => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bytes).ToArray();
}
