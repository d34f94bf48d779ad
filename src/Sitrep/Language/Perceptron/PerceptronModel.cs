using System.Numerics;

namespace Sitrep.Language.Perceptron;

/// <summary>
/// A frozen averaged perceptron: sorted feature keys, each with a short row of (class, weight)
/// entries, found through an open-addressing table. Immutable and thread-safe.
/// </summary>
public sealed class PerceptronModel
{
    readonly ulong[] _keys;
    readonly int[] _rowStart;
    readonly ushort[] _classes;
    readonly float[] _weights;
    // Scoring layout: one probe reads key and row bounds together, one row read gets class and weight.
    readonly Slot[] _slots;   // End == 0: empty
    readonly Entry[] _entries;
    readonly int _mask;

    readonly record struct Slot(ulong Key, int Start, int End);
    readonly record struct Entry(int Class, float Weight);

    public PerceptronModel(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        if (rowStart.Length != keys.Length + 1 || classes.Length != weights.Length || rowStart[^1] != classes.Length)
            throw new InvalidDataException("perceptron rows are inconsistent");
        ClassCount = classCount;
        _keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        if (classes.AsSpan().ContainsAnyExceptInRange((ushort)0, (ushort)(classCount - 1)))
            throw new InvalidDataException("perceptron class index out of range");
        _entries = new Entry[classes.Length];
        for (int k = 0; k < classes.Length; k++) _entries[k] = new Entry(classes[k], weights[k]);
        for (int i = 0; i < keys.Length; i++)
        {
            if (rowStart[i + 1] <= rowStart[i]) throw new InvalidDataException("empty perceptron row");
            int s = (int)keys[i] & _mask;
            while (_slots[s].End != 0) s = (s + 1) & _mask;
            _slots[s] = new Slot(keys[i], rowStart[i], rowStart[i + 1]);
        }
    }

    public int ClassCount { get; }
    public int FeatureCount => _keys.Length;
    public int EntryCount => _weights.Length;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var f in features)
        {
            int s = (int)f & _mask;
            while (_slots[s].End != 0 && _slots[s].Key != f) s = (s + 1) & _mask;
            var slot = _slots[s];
            for (int k = slot.Start; k < slot.End; k++)
            {
                var e = _entries[k];
                scores[e.Class] += e.Weight;
            }
        }
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
        w.Write(ClassCount);
        w.Write(_keys.Length);
        ulong prev = 0;
        foreach (var k in _keys) { w.Write(k - prev); prev = k; }   // deltas of sorted keys compress better
        for (int i = 0; i < _keys.Length; i++) w.Write7BitEncodedInt(_rowStart[i + 1] - _rowStart[i]);
        foreach (var c in _classes) w.Write7BitEncodedInt(c);
        foreach (var x in _weights) w.Write((Half)x);
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
        var values = new T[count];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        if (r.Read(bytes) != bytes.Length) throw new EndOfStreamException();
        return values;
    }
}
