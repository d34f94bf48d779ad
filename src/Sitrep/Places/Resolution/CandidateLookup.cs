using System.Collections.Concurrent;
using Sitrep.Places.Gazetteer;
using GazetteerIndex = Sitrep.Places.Gazetteer.Gazetteer;

namespace Sitrep.Places.Resolution;

/// <summary>
/// Candidates of a surface form: its normalised name, else its transliteration key, else (when asked)
/// the country it is a demonym of. Results are cached per surface form in a bounded cache probed by span.
/// </summary>
public sealed class CandidateLookup(GazetteerIndex gazetteer, int maxCandidates = 40, int cacheCapacity = 50_000)
{
    readonly ConcurrentDictionary<string, Candidate[]> _cache = new(StringComparer.Ordinal);

    public GazetteerIndex Gazetteer => gazetteer;

    public Candidate[] Find(ReadOnlySpan<char> surface)
    {
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(surface, out var cached)) return cached;
        var found = Compute(surface);
        if (_cache.Count >= cacheCapacity) _cache.Clear();
        lookup.TryAdd(surface, found);
        return found;
    }

    Candidate[] Compute(ReadOnlySpan<char> surface)
    {
        if (surface.Length > NameKey.MaxLength) return [];
        Span<char> key = stackalloc char[NameKey.MaxLength * 2];
        int n = NameKey.Normalize(surface, key);
        if (n == 0) return [];
        var normalized = key[..n];
        var exact = gazetteer.LookupExact(normalized);
        var demonym = gazetteer.LookupDemonym(normalized);
        if (demonym.IsEmpty && normalized.EndsWith("s")) demonym = gazetteer.LookupDemonym(normalized[..^1]);
        if (!demonym.IsEmpty)
        {
            var result = new List<Candidate>(demonym.Length + exact.Length);
            foreach (int p in demonym) result.Add(new Candidate(GazetteerIndex.EntryOf(p), NameMatch.Demonym));
            result.AddRange(Collect(exact, translit: false));
            return [.. result];
        }
        if (!exact.IsEmpty) return Collect(exact, translit: false);
        Span<char> tkey = stackalloc char[NameKey.MaxLength * 2];
        int t = NameKey.Transliterate(normalized, tkey);
        return t > 0 ? Collect(gazetteer.LookupTransliterated(tkey[..t]), translit: true) : [];
    }

    Candidate[] Collect(ReadOnlySpan<int> postings, bool translit)
    {
        var result = new Candidate[Math.Min(postings.Length, maxCandidates)];
        for (int i = 0; i < result.Length; i++)
        {
            int p = postings[i];
            var match = translit ? NameMatch.Transliteration : GazetteerIndex.IsMainName(p) ? NameMatch.MainName : NameMatch.AlternateName;
            result[i] = new Candidate(GazetteerIndex.EntryOf(p), match);
        }
        return result;
    }
}
