namespace Sitrep.Language.Tokenization;

/// <summary>A growable list of token offsets, kept as the two columns <see cref="Documents.Doc"/> stores.</summary>
internal sealed class TokenBuffer(int capacity = 64)
{
    int[] _starts = new int[Math.Max(capacity, 4)];
    int[] _ends = new int[Math.Max(capacity, 4)];

    public int Count { get; private set; }
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);
    public TextRange this[int i] => new(_starts[i], _ends[i] - _starts[i]);

    public void Add(int start, int end)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }
        _starts[Count] = start;
        _ends[Count] = end;
        Count++;
    }

    public void Clear() => Count = 0;

    public TextRange[] ToRanges()
    {
        var ranges = new TextRange[Count];
        for (int i = 0; i < Count; i++) ranges[i] = this[i];
        return ranges;
    }
}
