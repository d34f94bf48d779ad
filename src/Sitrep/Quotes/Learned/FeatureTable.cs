using System.Numerics;

namespace Sitrep.Quotes.Learned;

/// <summary>
/// Feature hash → weight row, as an open-addressing table (linear probing, load at most one half). A lookup touches
/// one slot array and, when found, the weight row; most features seen at tagging time are not in the model, and
/// those stop at the first empty slot. Read-only once built.
/// </summary>
internal sealed class FeatureTable
{
    readonly ulong[] _keys;
    readonly int[] _rows;
    readonly int _shift;
    readonly bool _hasZero;
    readonly int _zeroRow;

    public FeatureTable(IReadOnlyDictionary<ulong, int> index)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2));
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (key, row) in index)
        {
            if (key == 0) { _hasZero = true; _zeroRow = row; continue; }
            int slot = Slot(key);
            while (_keys[slot] != 0) slot = (slot + 1) & (capacity - 1);
            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The weight row of <paramref name="key"/>, or -1 when the model does not have it.</summary>
    public int Row(ulong key)
    {
        if (key == 0) return _hasZero ? _zeroRow : -1;
        int mask = _keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong k = _keys[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
        }
    }
}
