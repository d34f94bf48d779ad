using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Language.Perceptron;

/// <summary>
/// A frozen averaged perceptron: each feature key has a short row of (class, weight) entries,
/// found through an open-addressing table. Immutable and thread-safe.
/// </summary>
public sealed unsafe class PerceptronModel
{
    // Scoring layout: a 32-byte slot, half a cache line, holds the key and a row of up to
    // InlineEntries entries, so most features cost one memory read; longer rows live in _overflow.
    const int InlineEntries = 5;
    const int SlotBytes = 32, CacheLine = 64, HugePage = 2 << 20;

    readonly Slot* _slots;   // Length == 0: empty; native, cache-line aligned
    readonly Entry[] _overflow;
    // Rows with many classes (the frequent features) also as whole rows of half-precision bits,
    // widened and added with SIMD: half the bytes of float rows, and the parser's 3,600 frequent
    // rows are read from cache far more than they are converted. Absent classes hold +0, and
    // x + 0 == x, so the sums are those of the sparse rows.
    readonly short[] _dense;
    readonly int _mask, _slotCount, _denseStride;

    [StructLayout(LayoutKind.Sequential, Size = SlotBytes)]
    struct Slot
    {
        public ulong Key;
        public int Length;
        public InlineRow Row;   // the entries, or (Length > InlineEntries) the row's start in _overflow, then its dense row + 1 (0: none)
    }

    [System.Runtime.CompilerServices.InlineArray(InlineEntries)]
    struct InlineRow { Entry _first; }

    /// <summary>Class in the low 16 bits, the half-precision weight's bits in the high 16.</summary>
    readonly record struct Entry(uint Bits)
    {
        public int Class => (int)(Bits & 0xFFFF);
        public int WeightBits => (int)(Bits >> 16);
        public static Entry Of(ushort cls, float weight) => new(cls | (uint)BitConverter.HalfToUInt16Bits((Half)weight) << 16);
    }

    // Every half-precision value as a float: one table read is cheaper than a conversion per entry.
    static readonly float[] HalfValues = [.. Enumerable.Range(0, 1 << 16).Select(b => (float)BitConverter.UInt16BitsToHalf((ushort)b))];

    /// <summary>
    /// A finite half as a float, exactly: its exponent and mantissa bits moved into place read as a
    /// float 2^112 times too small (bias 15 instead of 127; half subnormals land on float subnormals),
    /// so one exact multiplication by 2^112 fixes it. The same steps run on whole vectors below.
    /// </summary>
    internal static float HalfToSingle(short bits) => BitConverter.Int32BitsToSingle((bits << 13) & HalfMask) * HalfScale;
    const int HalfMask = unchecked((int)0x8FFFFFFF);   // the sign, sign-extended into bits 28–30 by the shift, kept only in bit 31
    static readonly float HalfScale = BitConverter.Int32BitsToSingle((127 + 112) << 23);

    /// <summary>Rows in key order: row i is entries rowStart[i]..rowStart[i+1] of classes/weights.</summary>
    public PerceptronModel(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        if (rowStart.Length != keys.Length + 1 || classes.Length != weights.Length || rowStart[^1] != classes.Length)
            throw new InvalidDataException("perceptron rows are inconsistent");
        ClassCount = classCount;
        FeatureCount = keys.Length;
        EntryCount = classes.Length;
        if (classes.AsSpan().ContainsAnyExceptInRange((ushort)0, (ushort)(classCount - 1)))
            throw new InvalidDataException("perceptron class index out of range");
        for (int k = 0; k < weights.Length; k++)   // half precision in the file, and the trainer rounds to it before freezing
            if ((float)(Half)weights[k] != weights[k] || !float.IsFinite(weights[k])) throw new InvalidDataException("perceptron weight is not a finite half-precision value");
        int overflow = 0, denseRows = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int len = rowStart[i + 1] - rowStart[i];
            if (len <= 0) throw new InvalidDataException("empty perceptron row");
            if (i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException("perceptron keys are not sorted");
            if (len > InlineEntries) overflow += len;
            if (IsDense(len, classCount)) denseRows++;
        }
        // Load factor 1/4..1/2: most features a parser asks for are unknown, and at 3/4 a miss walks
        // about six slots (three cache lines) before it finds an empty one; at 1/2 about two.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slotCount = size;
        _mask = size - 1;
        bool huge = (long)size * SlotBytes >= HugePage;
        _slots = (Slot*)NativeMemory.AlignedAlloc((nuint)size * SlotBytes, (nuint)(huge ? HugePage : CacheLine));
        if (huge) HugePages.Advise(_slots, (nuint)size * SlotBytes);
        NativeMemory.Clear(_slots, (nuint)size * SlotBytes);
        GC.AddMemoryPressure((long)size * SlotBytes);
        _overflow = GC.AllocateUninitializedArray<Entry>(overflow);
        _denseStride = (classCount + DenseAlign - 1) / DenseAlign * DenseAlign;
        _dense = new short[denseRows * _denseStride];
        int next = 0, dense = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int s = (int)keys[i] & _mask;
            while (_slots[s].Length != 0) s = (s + 1) & _mask;
            ref var slot = ref _slots[s];
            slot.Key = keys[i];
            int len = rowStart[i + 1] - rowStart[i];
            slot.Length = len;
            Span<Entry> row = len <= InlineEntries ? slot.Row : _overflow.AsSpan(next, len);
            if (len > InlineEntries) { slot.Row[0] = new Entry((uint)next); next += len; }
            for (int k = 0; k < len; k++) row[k] = Entry.Of(classes[rowStart[i] + k], weights[rowStart[i] + k]);
            SortByClass(row[..len]);   // so scoring a prefix of the classes can stop early
            if (IsDense(len, classCount))
            {
                slot.Row[1] = new Entry((uint)dense + 1);
                var d = _dense.AsSpan(dense++ * _denseStride, _denseStride);
                foreach (var e in row) d[e.Class] = (short)e.WeightBits;
            }
        }
    }

    static void SortByClass(Span<Entry> row)
    {
        int k = 1;
        while (k < row.Length && row[k - 1].Class < row[k].Class) k++;
        if (k == row.Length) return;   // as files and the trainer give them, unless classes were renumbered
        // The class in the high bits makes a plain integer sort a sort by class (a row's classes are distinct).
        var bits = MemoryMarshal.Cast<Entry, uint>(row);
        for (k = 0; k < bits.Length; k++) bits[k] = BitOperations.RotateLeft(bits[k], 16);
        bits.Sort();
        for (k = 0; k < bits.Length; k++) bits[k] = BitOperations.RotateRight(bits[k], 16);
    }

    ~PerceptronModel()
    {
        if (_slots is null) return;   // the constructor refused the rows before allocating
        NativeMemory.AlignedFree(_slots);
        GC.RemoveMemoryPressure((long)_slotCount * SlotBytes);
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int EntryCount { get; }

    // Dense rows are padded to whole cache lines of halves.
    const int DenseAlign = CacheLine / sizeof(short);

    static int OverflowStart(in Slot slot) => (int)slot.Row[0].Bits;
    static int DenseRow(in Slot slot) => (int)slot.Row[1].Bits - 1;
    // An eighth of the classes: then one vector add per 8 classes beats a scattered add per entry.
    static bool IsDense(int length, int classCount) => length > InlineEntries && length * 8 >= classCount;

    ReadOnlySpan<Entry> RowOf(int s)
    {
        ref var slot = ref _slots[s];
        return slot.Length <= InlineEntries
            ? MemoryMarshal.CreateReadOnlySpan(ref slot.Row[0], slot.Length)
            : _overflow.AsSpan(OverflowStart(slot), slot.Length);
    }

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
        int classes = scores.Length;
        if (classes > ClassCount) throw new ArgumentException("more scores than classes", nameof(scores));
        scores.Clear();
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

    /// <summary>Occupied slots in key order (how the file and <see cref="Pruned"/> list rows).</summary>
    List<(ulong Key, int Slot)> UsedInKeyOrder()
    {
        var used = new List<(ulong Key, int Slot)>(FeatureCount);
        for (int s = 0; s < _slotCount; s++)
            if (_slots[s].Length != 0) used.Add((_slots[s].Key, s));
        used.Sort((a, b) => a.Key.CompareTo(b.Key));
        return used;
    }

    /// <summary>
    /// The model without entries whose weight is below <paramref name="minWeight"/> in magnitude
    /// (features left empty go too): a smaller table with fewer cache misses, and what
    /// <see cref="PerceptronTrainer.Freeze"/> gives with the same threshold.
    /// </summary>
    public PerceptronModel Pruned(float minWeight)
    {
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, slot) in UsedInKeyOrder())
        {
            int before = classes.Count;
            foreach (var e in RowOf(slot))
            {
                float w = HalfValues[e.WeightBits];
                if (Math.Abs(w) < minWeight) continue;
                classes.Add((ushort)e.Class);
                weights.Add(w);
            }
            if (classes.Count == before) continue;
            keys.Add(key);
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

    /// <summary>Writes the model; with <paramref name="classOf"/>, class c is written as classOf[c] (rows kept in class order).</summary>
    public void Write(BinaryWriter w, int[]? classOf = null)
    {
        // The table holds the rows in hash order; the file holds them in key order.
        var used = UsedInKeyOrder();
        w.Write(ClassCount);
        w.Write(used.Count);
        ulong prev = 0;
        foreach (var (key, _) in used) { w.Write(key - prev); prev = key; }   // deltas of sorted keys compress better
        foreach (var (_, s) in used) w.Write7BitEncodedInt(_slots[s].Length);
        foreach (var (_, s) in used)
            foreach (var e in RowInFile(s, classOf)) w.Write7BitEncodedInt(e.Class);
        foreach (var (_, s) in used)
            foreach (var e in RowInFile(s, classOf)) w.Write((ushort)e.WeightBits);
    }

    /// <summary>A row as the file holds it: classes renumbered by <paramref name="classOf"/> (if any) and in class order.</summary>
    ReadOnlySpan<Entry> RowInFile(int slot, int[]? classOf)
    {
        var row = RowOf(slot);
        if (classOf is null) return row;
        var mapped = row.ToArray();
        for (int k = 0; k < mapped.Length; k++) mapped[k] = new Entry((mapped[k].Bits & 0xFFFF0000) | (uint)classOf[mapped[k].Class]);
        SortByClass(mapped);
        return mapped;
    }

    /// <summary>The same weights with class c renumbered classOf[c] (a permutation).</summary>
    public PerceptronModel Renumbered(int[] classOf)
    {
        using var stream = new MemoryStream();
        Write(new BinaryWriter(stream), classOf);
        stream.Position = 0;
        return Read(new BinaryReader(stream));
    }

    /// <summary>Reads a model; with <paramref name="classOf"/>, class c of the file becomes classOf[c] (a permutation).</summary>
    public static PerceptronModel Read(BinaryReader r, int[]? classOf = null)
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
        if (classOf is not null && classOf.Length != classCount) throw new InvalidDataException("class count differs from the expected");
        var classes = new ushort[starts[n]];
        for (int i = 0; i < classes.Length; i++)
        {
            int c = r.Read7BitEncodedInt();
            classes[i] = (ushort)(classOf is null || (uint)c >= (uint)classOf.Length ? c : classOf[c]);
        }
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
