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
public sealed class ToponymRecognizer(CandidateLookup lookup)
{
    static readonly HashSet<string> StopWords = [.. EnglishData.Lines("toponym-stop-words.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stop = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string> Titles = [.. EnglishData.Lines("person-titles.txt")];
    static readonly HashSet<string> Abbreviations = [.. EnglishData.Lines("us-state-abbreviations.txt").Select(l => l.Split('\t')[0])];
    static readonly string[][] Triggers = [.. EnglishData.Lines("place-triggers.txt").Select(l => l.Split(' '))];
    static readonly HashSet<string> Articles = [.. EnglishData.Lines("arabic-articles.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Article = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

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
        foreach (var span in doc.EntitySpans)
        {
            hasNer = true;
            if (otherEntities.Any(m => m.StartChar < span.EndChar && span.StartChar < m.EndChar)) continue;
            if (span.Label is "GPE" or "LOC" || (span.Label == "FAC" && lookup.Find(doc.Text.AsSpan(span.StartChar, span.EndChar - span.StartChar)).Length > 0))
                spans.Add(new ToponymSpan(span.StartChar, span.EndChar));
        }
        foreach (var entity in doc.Entities.Where(e => e.Type is "GPE" or "LOC" or "FAC"))
        {
            hasNer = true;
            foreach (var m in entity.Mentions)
                if (m.Kind is "name" or "alias" or "acronym" && !spans.Any(s => s.StartChar < m.EndChar && m.StartChar < s.EndChar))
                    spans.Add(new ToponymSpan(m.StartChar, m.EndChar));
        }
        if (!hasNer) FindByGazetteer(doc, spans);
        FindAfterTriggers(doc, spans);
        spans.Sort((a, b) => a.StartChar.CompareTo(b.StartChar));
        return spans;
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
        if ((end - start == 1 && IsStopWord(text)) || text[^1] == '-' || (!char.IsUpper(text[0]) && end - start < 3)) return false;
        var candidates = lookup.Find(text);
        if (candidates.Length == 0) return false;
        var previous = start > 0 ? Token(doc, start - 1) : [];
        bool demonym = candidates[0].Match == NameMatch.Demonym;
        if (demonym) return char.IsUpper(text[0]);
        bool placeContext = previous is "in" or "near" or "at" or "from" or "to" or "of" or "outside" or "across" or "toward" or "towards";
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

    static bool IsStopWord(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > lower.Length) return false;
        text.ToLowerInvariant(lower);
        return Stop.Contains(lower);
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
