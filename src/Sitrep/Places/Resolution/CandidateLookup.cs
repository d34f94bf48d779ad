using System.Collections.Concurrent;
using Sitrep.Places.Gazetteer;
using GazetteerIndex = Sitrep.Places.Gazetteer.Gazetteer;

namespace Sitrep.Places.Resolution;

/// <summary>
/// Candidates of a surface form: the country it is a demonym of, its normalised name, else its
/// transliteration key, else the same name without a head word that says what kind of place it is
/// ("Sokoto State"), when what is left is large. "Iraqi capital" is the capital of Iraq. Results are
/// cached per surface form in a bounded cache probed by span.
/// </summary>
internal sealed class CandidateLookup(GazetteerIndex gazetteer, int maxCandidates = 40, int cacheCapacity = 50_000)
{
    static readonly HashSet<string> Heads = [.. EnglishData.Lines("place-heads.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Head = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>A name found by dropping head words counts only when it is at least this populous (or an area).</summary>
    const long LargePlace = 50_000;

    /// <summary>Whether the last word of <paramref name="surface"/> says what kind of place it is ("Royal Street").</summary>
    public static bool EndsWithHeadWord(ReadOnlySpan<char> surface)
    {
        int space = surface.LastIndexOf(' ');
        if (space < 0) return false;
        var last = surface[(space + 1)..].TrimEnd('.');
        Span<char> lower = stackalloc char[Math.Min(last.Length, 32)];
        return last.Length <= lower.Length && last.ToLowerInvariant(lower) > 0 && Head.Contains(lower);
    }

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
        if (normalized.EndsWith(" capital")) return Capitals(normalized[..^" capital".Length]);
        var exact = gazetteer.LookupExact(normalized);
        var demonym = Demonym(normalized);
        if (demonym.Length > 0)
        {
            var result = new List<Candidate>(demonym.Length + exact.Length);
            foreach (int p in demonym) result.Add(new Candidate(p, NameMatch.Demonym));
            result.AddRange(Collect(exact, translit: false));
            return [.. result];
        }
        if (!exact.IsEmpty) return Collect(exact, translit: false);
        Span<char> tkey = stackalloc char[NameKey.MaxLength * 2];
        int t = NameKey.Transliterate(normalized, tkey);
        var translit = t > 0 ? Collect(gazetteer.LookupTransliterated(tkey[..t]), translit: true) : [];
        return translit.Length > 0 ? translit : WithoutHeadWords(normalized);
    }

    /// <summary>Entries of the countries or regions <paramref name="normalized"/> is an adjective of
    /// ("iraqi", "kurds", and "philippine" for the Philippines).</summary>
    int[] Demonym(ReadOnlySpan<char> normalized)
    {
        var demonym = gazetteer.LookupDemonym(normalized);
        if (demonym.IsEmpty && normalized.EndsWith("s")) demonym = gazetteer.LookupDemonym(normalized[..^1]);
        if (!demonym.IsEmpty)
        {
            var entries = new int[demonym.Length];
            for (int i = 0; i < entries.Length; i++) entries[i] = GazetteerIndex.EntryOf(demonym[i]);
            return entries;
        }
        if (normalized.Length + 1 > NameKey.MaxLength * 2) return [];
        Span<char> plural = stackalloc char[normalized.Length + 1];
        normalized.CopyTo(plural);
        plural[^1] = 's';
        var countries = new List<int>();
        foreach (int p in gazetteer.LookupExact(plural))
            if (gazetteer[GazetteerIndex.EntryOf(p)].IsCountry) countries.Add(GazetteerIndex.EntryOf(p));
        return [.. countries];
    }

    /// <summary>"Iraqi capital", "Iraq's capital": the capital of each country the words name.</summary>
    Candidate[] Capitals(ReadOnlySpan<char> country)
    {
        if (country.EndsWith("s")) country = country[..^1];
        var entries = Demonym(country);
        if (entries.Length == 0)
            entries = [.. Collect(gazetteer.LookupExact(country), translit: false).Select(c => c.Entry).Where(e => gazetteer[e].IsCountry)];
        var result = new List<Candidate>();
        foreach (int e in entries)
            if (gazetteer.CapitalEntry(gazetteer[e].CountryId) is >= 0 and var capital) result.Add(new Candidate(capital, NameMatch.Demonym));
        return [.. result];
    }

    /// <summary>"Sokoto State" → Sokoto, "Seoul Central District Court" → Seoul: drops trailing head words
    /// while the name is unknown; what is left counts only when it is a large place or an area.</summary>
    Candidate[] WithoutHeadWords(ReadOnlySpan<char> normalized)
    {
        var name = normalized;
        while (name.LastIndexOf(' ') is > 0 and var space && Head.Contains(name[(space + 1)..]))
        {
            name = name[..space].TrimEnd();
            var found = gazetteer.LookupExact(name);
            if (found.IsEmpty) continue;
            var large = new List<Candidate>();
            foreach (var c in Collect(found, translit: false))
                if (gazetteer[c.Entry] is var p && (p.IsArea || p.Population >= LargePlace || p.Feature[0] == 'H'))
                    large.Add(c with { Match = NameMatch.WithoutHead });
            return [.. large];
        }
        return [];
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
