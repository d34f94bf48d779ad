using System.Numerics;
using System.Runtime.InteropServices;

namespace Sitrep.Learning;

/// <summary>
/// A frozen averaged perceptron: each feature key has a short row of (class, weight) entries,
/// found through an open-addressing table. Immutable and thread-safe.
/// </summary>
internal sealed unsafe partial class PerceptronModel
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
        if (huge) MemoryAdvice.HugePages(_slots, (nuint)size * SlotBytes);
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
        if (_imageView is not null)
        {
            _imageView.SafeMemoryMappedViewHandle.ReleasePointer();   // the view and file unmap in their own finalizers
            return;
        }
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
}
