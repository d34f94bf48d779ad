namespace Sitrep.Learning;

/// <summary>
/// A <see cref="PerceptronModel"/> being built row by row in key order: a row's entries, then its key.
/// Every weight is rounded to the stored half precision; entries below the threshold are dropped, and
/// so are rows left empty.
/// </summary>
internal sealed class PerceptronRows(float minWeight)
{
    readonly List<ulong> _keys = [];
    readonly List<int> _starts = [0];
    readonly List<ushort> _classes = [];
    readonly List<float> _weights = [];

    public void Add(int cls, double weight)
    {
        float w = (float)(Half)weight;
        if (Math.Abs(w) < minWeight) return;
        _classes.Add((ushort)cls);
        _weights.Add(w);
    }

    public void EndRow(ulong key)
    {
        if (_classes.Count == _starts[^1]) return;
        _keys.Add(key);
        _starts.Add(_classes.Count);
    }

    public PerceptronModel Build(int classCount) => new(classCount, [.. _keys], [.. _starts], [.. _classes], [.. _weights]);
}
