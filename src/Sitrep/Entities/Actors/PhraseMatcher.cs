using System.Runtime.CompilerServices;
using Sitrep.Learning;

namespace Sitrep.Entities.Actors;

/// <summary>
/// Finds lexicon phrases over token sequences without building strings. A phrase's key hashes its
/// characters with whitespace skipped, so "U.S." matches whether a tokenizer keeps it whole or splits
/// it. Phrases written all in capitals (acronyms) match case-sensitively, others ignoring case.
/// </summary>
internal sealed class PhraseMatcher
{
    const int MaxTokens = 8;

    readonly Dictionary<ulong, int[]> _exact = [], _folded = [];
    // Hashes of every proper prefix of every phrase, so a scan stops as soon as no phrase can continue.
    readonly HashSet<ulong> _exactPrefixes = [], _foldedPrefixes = [];
    readonly List<LexiconEntry> _entries = [];
    int _maxChars;

    public IReadOnlyList<LexiconEntry> Entries => _entries;

    public void Add(LexiconEntry entry)
    {
        var phrase = entry.Phrase;
        if (phrase.Length == 0) return;
        int id = _entries.Count;
        _entries.Add(entry);
        bool acronym = phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
        var map = acronym ? _exact : _folded;
        var prefixes = acronym ? _exactPrefixes : _foldedPrefixes;
        ulong h = Fnv1a.Offset;
        foreach (char c in phrase)
        {
            if (char.IsWhiteSpace(c)) continue;
            prefixes.Add(h);
            h = Extend(h, [c], !acronym);
        }
        ulong key = h;
        map[key] = map.TryGetValue(key, out var ids) ? [.. ids, id] : [id];
        _maxChars = Math.Max(_maxChars, phrase.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Extend(ulong h, ReadOnlySpan<char> text, bool fold)
    {
        foreach (char c0 in text)
        {
            if (char.IsWhiteSpace(c0)) continue;
            char c = fold ? char.ToLowerInvariant(c0) : c0;
            h = Fnv1a.Step(h, c);
        }
        return h;
    }

    /// <summary>Entry ids of the longest phrase starting at <paramref name="start"/>, and its end token.</summary>
    public bool TryMatchLongest(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, int limit,
        out int end, out int[] ids)
    {
        end = start;
        ids = [];
        ulong exact = Fnv1a.Offset, folded = Fnv1a.Offset;
        for (int j = start; j < limit && j - start < MaxTokens; j++)
        {
            if (ends[j] - starts[start] > _maxChars + 8) break;
            var token = text.AsSpan(starts[j], ends[j] - starts[j]);
            bool exactAlive = exact != 0 && PrefixAlive(_exactPrefixes, exact, token, false, out exact);
            bool foldedAlive = folded != 0 && PrefixAlive(_foldedPrefixes, folded, token, true, out folded);
            if (!exactAlive && !foldedAlive) break;
            if (exactAlive && _exact.TryGetValue(exact, out var e)) { end = j + 1; ids = e; }
            else if (foldedAlive && _folded.TryGetValue(folded, out var f)) { end = j + 1; ids = f; }
        }
        return end > start;
    }

    /// <summary>Extends <paramref name="h"/> by a token while some phrase still starts that way (0 once none can).</summary>
    static bool PrefixAlive(HashSet<ulong> prefixes, ulong h, ReadOnlySpan<char> token, bool fold, out ulong next)
    {
        foreach (char c0 in token)
        {
            if (!prefixes.Contains(h)) { next = 0; return false; }
            h = Fnv1a.Step(h, fold ? char.ToLowerInvariant(c0) : c0);
        }
        next = h;
        return true;
    }

    /// <summary>Longest non-overlapping matches left to right over tokens [from, to).</summary>
    public List<(int Start, int End, int[] Ids)> MatchAll(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        var found = new List<(int, int, int[])>();
        int i = from;
        while (i < to)
        {
            if (TryMatchLongest(text, starts, ends, i, to, out int end, out var ids))
            {
                found.Add((i, end, ids));
                i = end;
            }
            else i++;
        }
        return found;
    }
}
