namespace Sitrep.Language.Features;

/// <summary>
/// A memo of per-word feature values that cost dictionary lookups (ambiguity classes, WordNet
/// stems, cluster paths). News repeats its words, so one lookup here replaces several. The values
/// must depend on the word form alone; then reading them here gives exactly what computing gives.
/// One instance per thread and per model (<see cref="Owner"/>).
/// </summary>
internal sealed class WordMemo
{
    /// <summary>Writes the values of <paramref name="word"/>.</summary>
    public delegate void Compute(ReadOnlySpan<char> word, Span<ulong> values);

    const int MaxWords = 200_000;   // then it starts again: memory stays bounded on endless input

    readonly int _stride;
    readonly Compute _compute;
    readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    ulong[] _values;

    public WordMemo(object owner, int stride, Compute compute)
    {
        Owner = owner;
        _stride = stride;
        _compute = compute;
        _values = new ulong[1024 * Math.Max(1, stride)];
        _lookup = _offsets.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The model whose values these are.</summary>
    public object Owner { get; }

    public ReadOnlySpan<ulong> ValuesOf(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out int offset))
        {
            if (_offsets.Count >= MaxWords) _offsets.Clear();
            offset = _offsets.Count * _stride;
            if (_values.Length < offset + _stride) Array.Resize(ref _values, _values.Length * 2);
            _compute(word, _values.AsSpan(offset, _stride));
            _lookup.TryAdd(word, offset);
        }
        return _values.AsSpan(offset, _stride);
    }
}
