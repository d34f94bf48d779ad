using System.Runtime.InteropServices;

namespace Sitrep.Learning;

internal sealed unsafe partial class PerceptronModel
{
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
    /// the trainer's <c>Freeze</c> gives with the same threshold.
    /// </summary>
    public PerceptronModel Pruned(float minWeight)
    {
        var rows = new PerceptronRows(minWeight);
        foreach (var (key, slot) in UsedInKeyOrder())
        {
            foreach (var e in RowOf(slot)) rows.Add(e.Class, HalfValues[e.WeightBits]);
            rows.EndRow(key);
        }
        return rows.Build(ClassCount);
    }

    /// <summary>
    /// One model whose weights are the mean of the members' (trained alike, e.g. with other seeds). Scores are
    /// linear in the weights, so it scores as the members' summed scores would, up to half-precision rounding.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> members, float minWeight)
    {
        int classCount = members[0].ClassCount;
        if (members.Any(m => m.ClassCount != classCount)) throw new ArgumentException("members differ in their classes", nameof(members));
        var sums = new SortedDictionary<ulong, double[]>();
        foreach (var m in members)
            foreach (var (key, slot) in m.UsedInKeyOrder())
            {
                if (!sums.TryGetValue(key, out var sum)) sums[key] = sum = new double[classCount];
                foreach (var e in m.RowOf(slot)) sum[e.Class] += HalfValues[e.WeightBits];
            }
        var rows = new PerceptronRows(minWeight);
        foreach (var (key, sum) in sums)
        {
            for (int c = 0; c < classCount; c++)
                if (sum[c] != 0) rows.Add(c, sum[c] / members.Count);
            rows.EndRow(key);
        }
        return rows.Build(classCount);
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
        if (r is not ModelPayloadReader { Images: { } images }) return ReadRows(r, classOf);
        long start = r.BaseStream.Position;
        var path = images.PathFor(start, classOf);
        if (TryMapImage(path, r) is { } mapped) return mapped;
        var model = ReadRows(r, classOf);
        model.TrySaveImage(path, r.BaseStream.Position - start);
        return model;
    }

    static PerceptronModel ReadRows(BinaryReader r, int[]? classOf)
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
