using Sitrep.Learning;

namespace Sitrep.Language.Clusters;

/// <summary>
/// Brown word clusters: every vocabulary word maps to the bit-string path of its cluster in the merge
/// hierarchy, so prefixes of the path are coarser clusters. Lookups take a span and allocate nothing;
/// the few distinct path strings are shared. Immutable and thread-safe.
/// </summary>
internal sealed class WordClusters
{
    internal const string Kind = "clusters";
    internal const int FormatVersion = 1;
    const int MaxStackLowercase = 256;

    readonly Dictionary<string, string> _paths;
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Vocabulary words with a cluster (not counting the lowercase forms added for fallback).</summary>
    public int Words { get; }

    /// <param name="entries">Words with their paths, most frequent first: the first spelling of a lowercase form wins it.</param>
    internal WordClusters(IReadOnlyList<(string Word, string Path)> entries)
    {
        _paths = new Dictionary<string, string>(entries.Count + entries.Count / 4, StringComparer.Ordinal);
        foreach (var (word, path) in entries) _paths[word] = path;
        Words = _paths.Count;
        // "BEIJING" and "beijing" should find "Beijing" when only that spelling was frequent enough.
        foreach (var (word, path) in entries) _paths.TryAdd(word.ToLowerInvariant(), path);
        _lookup = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static string DefaultPath(string modelsDirectory) => Path.Combine(modelsDirectory, Kind, ModelFile.DefaultFileName);

    /// <summary>Loads a model; a missing, truncated, corrupt or foreign file throws one line naming it.</summary>
    public static WordClusters Load(string path) =>
        ModelFile.Load(path, Kind, FormatVersion, ClusterModelFormat.Read).GetValueOrThrow();

    /// <summary>Bit-string path of the word: exact form, else lowercase form; null if unknown.</summary>
    public string? PathOf(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var path)) return path;
        if (word.Length > MaxStackLowercase) return null;
        Span<char> lower = stackalloc char[word.Length];
        int n = word.ToLowerInvariant(lower);
        if (n != word.Length || lower.SequenceEqual(word)) return null;
        return _lookup.TryGetValue(lower, out path) ? path : null;
    }
}
