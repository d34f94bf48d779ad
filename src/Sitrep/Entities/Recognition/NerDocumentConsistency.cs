using Sitrep.Documents;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// Document-level consistency after sentence-by-sentence tagging (after Ratinov &amp; Roth 2009): a name
/// is usually the same kind of thing every time a document mentions it, and a name the tagger found
/// once is usually a name when it is repeated. Names are compared case-insensitively, token by token.
/// </summary>
public static class NerDocumentConsistency
{
    public static void Apply(Doc doc, bool unifyTypes, bool propagate)
    {
        var spans = doc.EntitySpans.Select(s => (s.StartToken, s.EndToken, Type: s.Label!)).ToList();
        if (spans.Count == 0) return;
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (s, e, type) in spans)
        {
            var counts = votes.TryGetValue(Key(doc, s, e), out var c) ? c : votes[Key(doc, s, e)] = [];
            counts[type] = counts.GetValueOrDefault(type) + 1;
        }
        string Majority(string key, string current)
        {
            var counts = votes[key];
            var best = counts.MaxBy(kv => kv.Value);
            return best.Value > counts.GetValueOrDefault(current) ? best.Key : current;
        }
        if (unifyTypes)
            foreach (var (s, e, type) in spans)
            {
                var majority = Majority(Key(doc, s, e), type);
                for (int t = s; t < e; t++) doc.EntityType[t] = majority;
            }
        if (!propagate) return;
        // Longest names first, so "Greater Noida" is placed before "Noida" can claim its second token.
        var names = votes.Keys.Select(k => (Key: k, Words: k.Split(' '))).OrderByDescending(n => n.Words.Length).ToList();
        var byFirst = names.ToLookup(n => n.Words[0], StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < doc.Count; i++)
        {
            if (doc.EntityIob[i] != 0 || !char.IsUpper(doc.Text[doc.TokenStarts[i]])) continue;
            foreach (var (key, words) in byFirst[Word(doc, i)])
            {
                int end = i + words.Length;
                if (end > doc.Count || doc.SentenceIndexOf(end - 1) != doc.SentenceIndexOf(i)) continue;
                bool match = true;
                for (int j = 0; j < words.Length && match; j++)
                    match = doc.EntityIob[i + j] == 0 && Word(doc, i + j).Equals(words[j], StringComparison.OrdinalIgnoreCase);
                if (!match) continue;
                var type = votes[key].MaxBy(kv => kv.Value).Key;
                for (int t = i; t < end; t++) { doc.EntityIob[t] = t == i ? (byte)1 : (byte)2; doc.EntityType[t] = type; }
                if (end < doc.Count && doc.EntityIob[end] == 2) doc.EntityIob[end] = 1;
                i = end - 1;
                break;
            }
        }
    }

    static string Word(Doc doc, int i) => doc.Text[doc.TokenStarts[i]..doc.TokenEnds[i]];

    static string Key(Doc doc, int start, int end) => string.Join(' ', Enumerable.Range(start, end - start).Select(i => Word(doc, i)));
}
