using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Learning;

internal sealed unsafe partial class PerceptronModel
{
    /// <summary>
    /// Sums the weights of every known feature into <paramref name="scores"/> (cleared first) for
    /// the first <c>scores.Length</c> classes (at most <see cref="ClassCount"/>); a caller that
    /// knows the later classes cannot win passes a shorter span and skips their work.
    /// </summary>
    /// <remarks>
    /// The table is far larger than the caches, so probing is bound by memory latency, and adding the
    /// frequent features' dense rows by how many bytes they are (hence halves). All probes
    /// are prefetched first, then the few long rows, so the misses overlap; the sums are still taken
    /// in feature order, so scores are exactly those of a plain loop.
    /// </remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Add(features, scores);
    }

    /// <summary>As <see cref="Score"/>, but adds to the scores already in <paramref name="scores"/>.</summary>
    public void Add(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int classes = scores.Length;
        if (classes > ClassCount) throw new ArgumentException("more scores than classes", nameof(scores));
        int n = features.Length;
        Span<int> found = n <= 512 ? stackalloc int[n] : new int[n];
        Slot* slots = _slots;
        fixed (Entry* overflow = _overflow)
        fixed (float* halves = HalfValues)
        fixed (short* denseRows = _dense)
        fixed (float* sums = scores)
        {
            if (Sse.IsSupported)
                for (int i = 0; i < n; i++) Sse.Prefetch0(slots + ((int)features[i] & _mask));
            for (int i = 0; i < n; i++)
            {
                ulong f = features[i];
                int s = (int)f & _mask;
                while (slots[s].Length != 0 && slots[s].Key != f) s = (s + 1) & _mask;
                found[i] = s;
                if (Sse.IsSupported && slots[s].Length > InlineEntries)
                {
                    int d = DenseRow(slots[s]);
                    if (d < 0) Sse.Prefetch0(overflow + OverflowStart(slots[s]));
                    else for (int b = 0; b < classes; b += DenseAlign) Sse.Prefetch0(denseRows + (long)d * _denseStride + b);
                }
            }
            for (int i = 0; i < n; i++)
            {
                Slot* slot = slots + found[i];
                int len = slot->Length;
                if (len > InlineEntries && DenseRow(*slot) is var d and >= 0)
                {
                    AddHalves(sums, denseRows + (long)d * _denseStride, classes);
                    continue;
                }
                Entry* row = len <= InlineEntries ? (Entry*)&slot->Row : overflow + OverflowStart(*slot);
                for (int k = 0; k < len; k++)
                {
                    var e = row[k];
                    if (e.Class >= classes) break;
                    sums[e.Class] += halves[e.WeightBits];
                }
            }
        }
        GC.KeepAlive(this);
    }

    /// <summary>sums[c] += the half at row[c], for c &lt; count: <see cref="HalfToSingle"/> on whole vectors.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static void AddHalves(float* sums, short* row, int count)
    {
        int c = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var mask = Vector512.Create(HalfMask);
            var scale = Vector512.Create(HalfScale);
            for (; c + Vector512<short>.Count <= count; c += Vector512<short>.Count)
            {
                var (low, high) = Vector512.Widen(Vector512.Load(row + c));
                float* at = sums + c;
                Vector512.Store(Vector512.Load(at) + ((low << 13) & mask).AsSingle() * scale, at);
                Vector512.Store(Vector512.Load(at + Vector512<int>.Count) + ((high << 13) & mask).AsSingle() * scale, at + Vector512<int>.Count);
            }
        }
        if (Vector.IsHardwareAccelerated)
        {
            var mask = new Vector<int>(HalfMask);
            var scale = new Vector<float>(HalfScale);
            for (; c + Vector<short>.Count <= count; c += Vector<short>.Count)
            {
                Vector.Widen(Vector.Load(row + c), out Vector<int> low, out Vector<int> high);
                float* at = sums + c;
                Vector.Store(Vector.Load(at) + Vector.AsVectorSingle((low << 13) & mask) * scale, at);
                Vector.Store(Vector.Load(at + Vector<int>.Count) + Vector.AsVectorSingle((high << 13) & mask) * scale, at + Vector<int>.Count);
            }
        }
        for (; c < count; c++) sums[c] += HalfToSingle(row[c]);
    }
}
