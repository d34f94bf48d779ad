using Sitrep.Documents;
using Sitrep.Places.Resolution;
using GazetteerIndex = Sitrep.Places.Gazetteer.Gazetteer;

namespace Sitrep.Places.Recognition;

/// <summary>
/// Finds toponym spans. With an NER layer, GPE and LOC entities are toponyms and FAC ones when the
/// gazetteer knows them. Without one, capitalised token sequences that match the gazetteer are
/// taken, guarded by a stop list and by population priors; a capitalised name after "the village
/// of", "the area of"… is a toponym even when the gazetteer lacks it.
/// </summary>
internal sealed class ToponymRecognizer(CandidateLookup lookup)
{
    static readonly HashSet<string> StopWords = [.. EnglishData.Lines("toponym-stop-words.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stop = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string> Titles = [.. EnglishData.Lines("person-titles.txt")];
    static readonly HashSet<string> Abbreviations = [.. EnglishData.Lines("us-state-abbreviations.txt").Select(l => l.Split('\t')[0])];
    static readonly string[][] Triggers = [.. EnglishData.Lines("place-triggers.txt").Select(l => l.Split(' '))];
    static readonly HashSet<string> Articles = [.. EnglishData.Lines("arabic-articles.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Article = Articles.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string> NonPlaces = [.. EnglishData.Lines("non-places.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPlace = NonPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Words before a place name that leave it the same place ("central Baghdad", "Greater Manchester").</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifier = new HashSet<string>(["north", "south", "east", "west",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "central", "upper",
        "lower", "greater", "downtown", "old", "new"]).GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePreposition = new HashSet<string>(["in", "near", "at", "from",
        "to", "outside", "inside", "into", "across", "toward", "towards"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest toponym tried, in tokens.</summary>
    const int MaxTokens = 6;
    /// <summary>A lone name matching only places smaller than this needs a place preposition before it.</summary>
    const long SmallPlace = 20_000;

    readonly GazetteerIndex _g = lookup.Gazetteer;

    public List<ToponymSpan> Find(Doc doc)
    {
        var spans = new List<ToponymSpan>();
        bool hasNer = false;
        // Entity resolution may retype a tagged name ("Sunni" inside the group "Sunni tribesmen"): its verdict wins.
        var otherEntities = doc.Entities.Where(e => e.Type is not ("GPE" or "LOC" or "FAC")).SelectMany(e => e.Mentions).ToList();
        var personNames = PersonNames(doc);
        foreach (var span in doc.EntitySpans)
        {
            hasNer = true;
            if (otherEntities.Any(m => m.StartChar < span.EndChar && span.StartChar < m.EndChar)) continue;
            var extended = WithFollowingName(doc, span.StartToken, span.EndToken);
            var text = doc.Text.AsSpan(doc.TokenStarts[span.StartToken], doc.TokenEnds[extended - 1] - doc.TokenStarts[span.StartToken]);
            if (span.Label is "GPE" or "LOC" || (span.Label == "FAC" && lookup.Find(text).Length > 0))
                if (UsedAsPlace(doc, span.StartToken, extended, personNames))
                    spans.Add(new ToponymSpan(doc.TokenStarts[span.StartToken], doc.TokenEnds[extended - 1]));
        }
        foreach (var entity in doc.Entities.Where(e => e.Type is "GPE" or "LOC" or "FAC"))
        {
            hasNer = true;
            foreach (var m in entity.Mentions)
                if (m.Kind is "name" or "alias" or "acronym" && !spans.Any(s => s.StartChar < m.EndChar && m.StartChar < s.EndChar)
                    && !IsNonPlace(doc.Text.AsSpan(m.StartChar, m.EndChar - m.StartChar)))
                    spans.Add(new ToponymSpan(m.StartChar, m.EndChar));
        }
        if (!hasNer) FindByGazetteer(doc, spans);
        FindAfterTriggers(doc, spans);
        FindCapitals(doc, spans);
        spans.Sort((a, b) => a.StartChar.CompareTo(b.StartChar));
        return spans;
    }

    /// <summary>Words of the names the document gives people ("Grace", "Grace Mugabe"), compared ignoring case.</summary>
    static HashSet<string> PersonNames(Doc doc)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var span in doc.EntitySpans)
            if (span.Label == "PER")
                for (int t = span.StartToken; t < span.EndToken; t++) names.Add(Token(doc, t).ToString());
        foreach (var m in doc.Entities.Where(e => e.Type == "PER").SelectMany(e => e.Mentions))
            foreach (var word in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) names.Add(word);
        return names;
    }

    /// <summary>A tagged name is a place unless it is never one ("Earth"), the gazetteer lacks it and nothing
    /// around it reads as a place ("Volkswagen"), or it names no area and: the document calls a person by
    /// it ("Grace"), it is the tail of a longer name the gazetteer lacks ("Arab Spring"), or it matches only
    /// small places and nothing around it reads as a place ("Grace told reporters").</summary>
    bool UsedAsPlace(Doc doc, int start, int end, HashSet<string> personNames)
    {
        var text = doc.Text.AsSpan(doc.TokenStarts[start], doc.TokenEnds[end - 1] - doc.TokenStarts[start]);
        if (IsNonPlace(text)) return false;
        var candidates = lookup.Find(text);
        if (candidates.Length == 0) return ReadsAsLocalPlace(doc, start, end, text);
        if (NamesArea(candidates)) return true;
        if (end - start == 1 && personNames.Contains(text.ToString())) return false;
        return !TailOfLongerName(doc, start, end) && (LargestPopulation(candidates) >= SmallPlace || InPlaceContext(doc, start, end));
    }

    /// <summary>A name the gazetteer lacks is a place when a head word says so ("Royal Street") or it stands
    /// where places stand ("at Wegmans"); a bare unknown name ("Volkswagen said") is more often a company
    /// or a person.</summary>
    static bool ReadsAsLocalPlace(Doc doc, int start, int end, ReadOnlySpan<char> text) =>
        CandidateLookup.EndsWithHeadWord(text) || InPlaceContext(doc, start, end);

    /// <summary>A place preposition before the name ("in Grace", "at the Blue House"), a comma before it
    /// ("Paris, Texas") or a container after it ("Grace, Idaho").</summary>
    static bool InPlaceContext(Doc doc, int start, int end)
    {
        int prev = start - 1;
        if (prev >= 0 && Token(doc, prev).Equals("the", StringComparison.OrdinalIgnoreCase)) prev--;
        if (prev >= 0 && (Token(doc, prev) is "," || IsPlacePreposition(Token(doc, prev)))) return true;
        return end + 1 < doc.Count && Token(doc, end) is "," && IsCapitalised(Token(doc, end + 1));
    }

    static bool IsPlacePreposition(ReadOnlySpan<char> word) => InList(PlacePreposition, word);

    long LargestPopulation(Candidate[] candidates)
    {
        long best = 0;
        foreach (var c in candidates) best = Math.Max(best, _g[c.Entry].Population);
        return best;
    }

    bool NamesArea(Candidate[] candidates)
    {
        foreach (var c in candidates)
            if (_g[c.Entry] is var p && (p.IsArea || p.Feature[0] == 'H')) return true;
        return false;
    }

    /// <summary>"Arab Spring", "President Obama": a capitalised word other than a compass point or
    /// "central" right before the name makes it part of a longer one, unless the gazetteer knows that one.</summary>
    bool TailOfLongerName(Doc doc, int start, int end)
    {
        if (start == 0 || doc.IsSentenceStart(start)) return false;
        int prev = start - 1;
        var word = Token(doc, prev);
        if (!IsCapitalised(word) || doc.TokenEnds[prev] + 1 != doc.TokenStarts[start] || IsStopWord(word)) return false;
        if (InList(Modifier, word)) return false;
        return lookup.Find(doc.Text.AsSpan(doc.TokenStarts[prev], doc.TokenEnds[end - 1] - doc.TokenStarts[prev])).Length == 0;
    }

    /// <summary>"North" tagged before "African": the end of the name with the capitalised word after it
    /// when the gazetteer knows the longer name, else <paramref name="end"/>.</summary>
    int WithFollowingName(Doc doc, int start, int end)
    {
        if (end >= doc.Count || doc.TokenEnds[end - 1] + 1 != doc.TokenStarts[end] || !IsCapitalised(Token(doc, end))) return end;
        if (doc.EntityIob[end] != 0) return end;
        return lookup.Find(doc.Text.AsSpan(doc.TokenStarts[start], doc.TokenEnds[end] - doc.TokenStarts[start])).Length > 0 ? end + 1 : end;
    }

    /// <summary>"the Iraqi capital", "Iraq's capital": one toponym for the capital of that country.</summary>
    void FindCapitals(Doc doc, List<ToponymSpan> spans)
    {
        for (int i = 0; i + 1 < doc.Count; i++)
        {
            int capital = Token(doc, i + 1) is "'s" or "’s" ? i + 2 : i + 1;
            if (capital >= doc.Count || !Token(doc, capital).Equals("capital", StringComparison.Ordinal) || !IsCapitalised(Token(doc, i))) continue;
            int startChar = doc.TokenStarts[i], endChar = doc.TokenEnds[capital];
            if (lookup.Find(doc.Text.AsSpan(startChar, endChar - startChar)).Length == 0) continue;
            spans.RemoveAll(x => x.StartChar < endChar && startChar < x.EndChar);
            spans.Add(new ToponymSpan(startChar, endChar));
        }
    }

    void FindByGazetteer(Doc doc, List<ToponymSpan> spans)
    {
        int i = 0;
        while (i < doc.Count)
        {
            int end = NameEnd(doc, i);
            if (end == i) { i++; continue; }
            bool found = false;
            for (int e = Math.Min(end, i + MaxTokens); e > i; e--)
            {
                if (PartOfPersonName(doc, i, e, end) || !Accept(doc, i, e)) continue;
                spans.Add(new ToponymSpan(doc.TokenStarts[i], doc.TokenEnds[e - 1]));
                i = e;
                found = true;
                break;
            }
            if (!found) i++;
        }
    }

    /// <summary>End (exclusive) of the capitalised name starting at token <paramref name="i"/>: capitalised
    /// words joined by spaces or hyphens, and "al-" style articles before one.</summary>
    static int NameEnd(Doc doc, int i)
    {
        int e = i;
        while (e < doc.Count)
        {
            var t = Token(doc, e);
            if (IsCapitalised(t) && (e == i || Adjacent(doc, e - 1, e) || doc.TokenStarts[e] == doc.TokenEnds[e - 1] + 1)) { e++; continue; }
            if (Article.Contains(t) && e + 2 < doc.Count && Token(doc, e + 1) is "-" && IsCapitalised(Token(doc, e + 2))) { e += 3; continue; }
            if (t is "-" && e > i && e + 1 < doc.Count && Adjacent(doc, e - 1, e) && Adjacent(doc, e, e + 1) && IsCapitalised(Token(doc, e + 1))) { e += 2; continue; }
            if (t is "." && e > i && Adjacent(doc, e - 1, e) && (Token(doc, e - 1).Length <= 2 || Abbreviations.Contains($"{Token(doc, e - 1)}."))) { e++; continue; }
            break;
        }
        while (e > i && Token(doc, e - 1) is "-") e--;
        return e;
    }

    /// <summary>"President Bush", "George Bush": a name after a title, or the first word of a
    /// two-word capitalised name, is a person's more often than a place's.</summary>
    static bool PartOfPersonName(Doc doc, int start, int end, int runEnd)
    {
        if (start > 0 && Titles.Contains(Token(doc, start - 1).ToString().TrimEnd('.').ToLowerInvariant())) return true;
        return end - start == 1 && runEnd - start == 2 && Token(doc, start + 1) is not ("County" or "City" or "Parish");
    }

    bool Accept(Doc doc, int start, int end)
    {
        var text = doc.Text.AsSpan(doc.TokenStarts[start], doc.TokenEnds[end - 1] - doc.TokenStarts[start]);
        if ((end - start == 1 && IsStopWord(text)) || text[^1] == '-' || (!char.IsUpper(text[0]) && end - start < 3) || IsNonPlace(text)) return false;
        var candidates = lookup.Find(text);
        if (candidates.Length == 0 || (!NamesArea(candidates) && TailOfLongerName(doc, start, end))) return false;
        var previous = start > 0 ? Token(doc, start - 1) : [];
        bool demonym = candidates[0].Match == NameMatch.Demonym;
        if (demonym) return char.IsUpper(text[0]);
        bool placeContext = previous is "of" || IsPlacePreposition(previous);
        if (candidates[0].Match == NameMatch.Transliteration && previous is not ("in" or "near" or "of" or "outside")) return false;
        bool followedByContainer = end + 1 < doc.Count && Token(doc, end) is "," && IsCapitalised(Token(doc, end + 1));
        long best = 0;
        bool area = false, exact = false;
        foreach (var c in candidates)
        {
            var p = _g[c.Entry];
            if (c.Match == NameMatch.MainName) best = Math.Max(best, p.Population);
            area |= p.IsCountry || p.IsAdmin1 || p.Feature is "L.RGN" or "L.CONT" || p.Feature[0] == 'H';
            exact |= c.Match == NameMatch.MainName;
        }
        if (area && (exact || previous is ",")) return true;
        if (!exact && !placeContext) return false;
        bool sentenceStart = doc.IsSentenceStart(start) || (start > 0 && Token(doc, start - 1) is "\"" or "“" or "(");
        if (sentenceStart && best < SmallPlace * 10 && !followedByContainer) return false;
        return best >= SmallPlace || placeContext || followedByContainer;
    }

    static bool IsStopWord(ReadOnlySpan<char> text) => InList(Stop, text);

    static bool IsNonPlace(ReadOnlySpan<char> text) => InList(NonPlace, text);

    /// <summary>Whether the lower-cased <paramref name="text"/> is in <paramref name="list"/>.</summary>
    static bool InList(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> list, ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > lower.Length) return false;
        text.ToLowerInvariant(lower);
        return list.Contains(lower);
    }

    void FindAfterTriggers(Doc doc, List<ToponymSpan> spans)
    {
        for (int i = 0; i < doc.Count; i++)
            foreach (var trigger in Triggers)
            {
                if (i + trigger.Length >= doc.Count) continue;
                bool match = true;
                for (int k = 0; k < trigger.Length && match; k++) match = Token(doc, i + k).Equals(trigger[k], StringComparison.OrdinalIgnoreCase);
                if (!match) continue;
                int s = i + trigger.Length, e = NameEnd(doc, s);
                if (e == s) continue;
                int startChar = doc.TokenStarts[s], endChar = doc.TokenEnds[e - 1];
                if (!spans.Any(x => x.StartChar < endChar && startChar < x.EndChar)) spans.Add(new ToponymSpan(startChar, endChar));
            }
    }

    static ReadOnlySpan<char> Token(Doc doc, int i) => doc.Text.AsSpan(doc.TokenStarts[i], doc.TokenEnds[i] - doc.TokenStarts[i]);

    static bool Adjacent(Doc doc, int a, int b) => doc.TokenEnds[a] == doc.TokenStarts[b];

    /// <summary>"Mosul", and "al-Shurah" when the tokenizer kept the article and the name together.</summary>
    static bool IsCapitalised(ReadOnlySpan<char> t)
    {
        if (t.Length == 0) return false;
        if (char.IsUpper(t[0])) return true;
        int dash = t.IndexOf('-');
        return dash > 0 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]) && Article.Contains(t[..dash]);
    }
}
