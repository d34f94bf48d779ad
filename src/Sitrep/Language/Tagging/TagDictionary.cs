using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Language.Tagging;

/// <summary>
/// Ambiguity classes: for each frequent lowercase word of the training data, a hash of the set of
/// tags it had. A strong feature for the word and its neighbours, and free at run time.
/// </summary>
internal sealed class TagDictionary
{
    public static readonly ulong Unknown = FeatureHash.Of("<unknown-word>");

    readonly Dictionary<string, ulong> _classes;
    readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TagDictionary(Dictionary<string, ulong> classes)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _classes.Count;

    public static TagDictionary Build(IEnumerable<(string Form, string Label)> words, int minCount)
    {
        var tags = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, label) in words)
        {
            var key = form.ToLowerInvariant();
            if (!tags.TryGetValue(key, out var set)) tags[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(label);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var classes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (word, set) in tags)
            if (counts[word] >= minCount) classes[word] = FeatureHash.Of(string.Join("|", set));
        return new TagDictionary(classes);
    }

    /// <summary>Writes each word's class into <paramref name="amb"/>, padded like <see cref="WordValues"/>.</summary>
    public void Fill(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ulong[] amb)
    {
        Array.Fill(amb, Unknown, 0, starts.Length + 2 * WordValues.Padding);
        for (int i = 0; i < starts.Length; i++) amb[WordValues.At(i)] = ValueOf(text.AsSpan(starts[i], ends[i] - starts[i]));
    }

    /// <summary>The word's class, <see cref="Unknown"/> if it has none.</summary>
    public ulong ValueOf(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[64];
        if (w.Length > lower.Length) return Unknown;
        int n = w.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower[..n], out var a) ? a : Unknown;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_classes.Count);
        foreach (var (word, a) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(word); w.Write(a); }
    }

    public static TagDictionary Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("bad tag dictionary size");
        var classes = new Dictionary<string, ulong>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) classes[r.ReadString()] = r.ReadUInt64();
        return new TagDictionary(classes);
    }
}
