using Sitrep.Language.Features;

namespace Sitrep.Language.Tagging;

/// <summary>
/// A per-thread memo of one tagger's word values that cost dictionary lookups: the ambiguity
/// class, the WordNet classes (which try several suffix stems) and the cluster path prefixes.
/// News repeats its words, so one lookup here replaces up to a dozen. Each value depends on the
/// word form alone, so <see cref="Fill"/> writes exactly what the three Fill methods write.
/// </summary>
sealed class TaggerWordMemo
{
    const int MaxWords = 200_000;   // then it starts again: memory stays bounded on endless input

    readonly Tagger _tagger;
    readonly int _stride = 2 + TaggerFeatures.ClusterPrefixes.Length;
    readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    ulong[] _values = new ulong[4096];

    public TaggerWordMemo(Tagger tagger)
    {
        _tagger = tagger;
        _lookup = _offsets.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Tagger Owner => _tagger;

    /// <summary>
    /// <see cref="TagDictionary.Fill"/>, <see cref="WordNetLexicon.Fill"/> and
    /// <see cref="EmbeddedClusters.Fill"/> (sentinels from <paramref name="pads"/>) in one pass.
    /// </summary>
    public void Fill(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ulong[] pads, ulong[] amb, ulong[] wn, ulong[][] clusters)
    {
        int size = starts.Length + 2 * WordValues.Padding;
        Array.Fill(amb, TagDictionary.Unknown, 0, size);
        Array.Fill(wn, WordNetLexicon.NoClasses, 0, size);
        foreach (var c in clusters) Array.Copy(pads, c, size);
        for (int i = 0; i < starts.Length; i++)
        {
            var v = ValuesOf(text.AsSpan(starts[i], ends[i] - starts[i]));
            int at = WordValues.At(i);
            amb[at] = v[0];
            wn[at] = v[1];
            for (int k = 0; k < clusters.Length; k++) clusters[k][at] = v[2 + k];
        }
    }

    ReadOnlySpan<ulong> ValuesOf(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out int offset))
        {
            if (_offsets.Count >= MaxWords) _offsets.Clear();
            offset = _offsets.Count * _stride;
            if (_values.Length < offset + _stride) Array.Resize(ref _values, _values.Length * 2);
            var v = _values.AsSpan(offset, _stride);
            v[0] = _tagger.Dictionary.ValueOf(word);
            v[1] = _tagger.Lexicon.ValueOf(word);
            EmbeddedClusters.ValuesOf(_tagger.Clusters?.Clusters, TaggerFeatures.ClusterPrefixes, word, v[2..]);
            _lookup.TryAdd(word, offset);
        }
        return _values.AsSpan(offset, _stride);
    }
}
