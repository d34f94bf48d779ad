using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Language.Perceptron;

/// <summary>
/// A frozen averaged perceptron: each feature key has a short row of (class, weight) entries,
/// found through an open-addressing table. Immutable and thread-safe.
/// </summary>
public sealed class PerceptronModel
{
    // Scoring layout: one probe reads key and row bounds together, one row read gets class and weight.
    readonly Slot[] _slots;   // End == 0: empty
    readonly Entry[] _entries;
    readonly int _mask;

    [StructLayout(LayoutKind.Sequential)]
    readonly record struct Slot(ulong Key, int Start, int End);
    /// <summary>Class in the low 16 bits, the half-precision weight's bits in the high 16.</summary>
    readonly record struct Entry(uint Bits)
    {
        public int Class => (int)(Bits & 0xFFFF);
        public int WeightBits => (int)(Bits >> 16);
        public static Entry Of(ushort cls, float weight) => new(cls | (uint)BitConverter.HalfToUInt16Bits((Half)weight) << 16);
    }

    // Every half-precision value as a float: one table read is cheaper than a conversion per entry.
    static readonly float[] HalfValues = [.. Enumerable.Range(0, 1 << 16).Select(b => (float)BitConverter.UInt16BitsToHalf((ushort)b))];

    /// <summary>Rows in key order: row i is entries rowStart[i]..rowStart[i+1] of classes/weights.</summary>
    public PerceptronModel(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        if (rowStart.Length != keys.Length + 1 || classes.Length != weights.Length || rowStart[^1] != classes.Length)
            throw new InvalidDataException("perceptron rows are inconsistent");
        ClassCount = classCount;
        FeatureCount = keys.Length;
        // Load factor 3/8..3/4: a smaller table means fewer cache and TLB misses, and linear probing
        // mostly stays within the cache line of the first probe.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + keys.Length / 3));
        _slots = new Slot[size];
        _mask = size - 1;
        if (classes.AsSpan().ContainsAnyExceptInRange((ushort)0, (ushort)(classCount - 1)))
            throw new InvalidDataException("perceptron class index out of range");
        _entries = GC.AllocateUninitializedArray<Entry>(classes.Length);
        for (int k = 0; k < classes.Length; k++)
        {
            // Weights are half precision in the file, and the trainer rounds to it before freezing.
            if ((float)(Half)weights[k] != weights[k]) throw new InvalidDataException("perceptron weight is not half precision");
            _entries[k] = Entry.Of(classes[k], weights[k]);
        }
        for (int i = 0; i < keys.Length; i++)
        {
            if (rowStart[i + 1] <= rowStart[i]) throw new InvalidDataException("empty perceptron row");
            if (i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException("perceptron keys are not sorted");
            int s = (int)keys[i] & _mask;
            while (_slots[s].End != 0) s = (s + 1) & _mask;
            _slots[s] = new Slot(keys[i], rowStart[i], rowStart[i + 1]);
        }
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int EntryCount => _entries.Length;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (cleared first).</summary>
    /// <remarks>
    /// The table is far larger than the caches, so scoring is bound by memory latency. All probes
    /// are prefetched first, then all rows, so the misses overlap; the sums are still taken in
    /// feature order, so scores are exactly those of a plain loop.
    /// </remarks>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        int n = features.Length;
        Span<int> found = n <= 512 ? stackalloc int[n] : new int[n];
        fixed (Slot* slots = _slots)
        fixed (Entry* entries = _entries)
        fixed (float* halves = HalfValues)
        {
            if (Sse.IsSupported)
                for (int i = 0; i < n; i++) Sse.Prefetch0(slots + ((int)features[i] & _mask));
            for (int i = 0; i < n; i++)
            {
                ulong f = features[i];
                int s = (int)f & _mask;
                while (slots[s].End != 0 && slots[s].Key != f) s = (s + 1) & _mask;
                found[i] = s;
                if (Sse.IsSupported && slots[s].End != 0) Sse.Prefetch0(entries + slots[s].Start);
            }
            for (int i = 0; i < n; i++)
            {
                var slot = slots[found[i]];
                for (int k = slot.Start; k < slot.End; k++)
                {
                    var e = entries[k];
                    scores[e.Class] += halves[e.WeightBits];
                }
            }
        }
    }

    /// <summary>
    /// The model without entries whose weight is below <paramref name="minWeight"/> in magnitude
    /// (features left empty go too): a smaller table with fewer cache misses, and what
    /// <see cref="PerceptronTrainer.Freeze"/> gives with the same threshold.
    /// </summary>
    public PerceptronModel Pruned(float minWeight)
    {
        var used = new List<Slot>(FeatureCount);
        foreach (var slot in _slots)
            if (slot.End != 0) used.Add(slot);
        used.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var s in used)
        {
            int before = classes.Count;
            for (int k = s.Start; k < s.End; k++)
            {
                float w = HalfValues[_entries[k].WeightBits];
                if (Math.Abs(w) < minWeight) continue;
                classes.Add((ushort)_entries[k].Class);
                weights.Add(w);
            }
            if (classes.Count == before) continue;
            keys.Add(s.Key);
            starts.Add(classes.Count);
        }
        return new PerceptronModel(ClassCount, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best]) best = i;
        return best;
    }

    public void Write(BinaryWriter w)
    {
        // The table holds the rows in hash order; the file holds them in key order.
        var used = new List<Slot>(FeatureCount);
        foreach (var slot in _slots)
            if (slot.End != 0) used.Add(slot);
        used.Sort((a, b) => a.Key.CompareTo(b.Key));
        w.Write(ClassCount);
        w.Write(used.Count);
        ulong prev = 0;
        foreach (var s in used) { w.Write(s.Key - prev); prev = s.Key; }   // deltas of sorted keys compress better
        foreach (var s in used) w.Write7BitEncodedInt(s.End - s.Start);
        foreach (var s in used)
            for (int k = s.Start; k < s.End; k++) w.Write7BitEncodedInt(_entries[k].Class);
        foreach (var s in used)
            for (int k = s.Start; k < s.End; k++) w.Write((ushort)_entries[k].WeightBits);
    }

    public static PerceptronModel Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int n = r.ReadInt32();
        if (classCount <= 0 || classCount > ushort.MaxValue || n < 0) throw new InvalidDataException("bad perceptron header");
        // Bulk reads (the layout is little-endian raw values), so loading stays well under a second.
        var keys = ReadArray<ulong>(r, n);
        for (int i = 1; i < n; i++) keys[i] += keys[i - 1];
        var starts = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            int len = r.Read7BitEncodedInt();
            if (len <= 0 || len > classCount) throw new InvalidDataException("bad perceptron row length");
            starts[i + 1] = starts[i] + len;
        }
        var classes = new ushort[starts[n]];
        for (int i = 0; i < classes.Length; i++) classes[i] = (ushort)r.Read7BitEncodedInt();
        var halves = ReadArray<Half>(r, classes.Length);
        var weights = new float[classes.Length];
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)halves[i];
        return new PerceptronModel(classCount, keys, starts, classes, weights);
    }

    static T[] ReadArray<T>(BinaryReader r, int count) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("model files are little-endian");
        var values = GC.AllocateUninitializedArray<T>(count);
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (r.Read(bytes) != bytes.Length) throw new EndOfStreamException();
        return values;
    }
}
