using Sitrep.Documents;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// Document-level consistency after sentence-by-sentence tagging (after Ratinov &amp; Roth 2009): a name
/// is usually the same kind of thing every time a document mentions it, and a name the tagger found
/// once is usually a name when it is repeated. Names are compared case-insensitively, token by token.
/// </summary>
internal static class NerDocumentConsistency
{
    public static void Apply(Doc doc, bool unifyTypes, bool propagate)
    {
        var spans = doc.EntitySpans.Select(s => (s.StartToken, s.EndToken, Type: s.Label!)).ToList();
        if (spans.Count == 0) return;
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (s, e, type) in spans)
        {
            var key = Key(doc, s, e);
            var counts = votes.TryGetValue(key, out var c) ? c : votes[key] = [];
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
        var byFirst = new Dictionary<string, List<(string Key, string[] Words)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in votes.Keys)
        {
            var words = key.Split(' ');
            (byFirst.TryGetValue(words[0], out var list) ? list : byFirst[words[0]] = []).Add((key, words));
        }
        foreach (var list in byFirst.Values) list.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        var lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < doc.Count; i++)
        {
            if (doc.EntityIob[i] != 0 || !char.IsUpper(doc.Text[doc.TokenStarts[i]])) continue;
            if (!lookup.TryGetValue(Word(doc, i), out var candidates)) continue;
            foreach (var (key, words) in candidates)
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

    static ReadOnlySpan<char> Word(Doc doc, int i) => doc.Text.AsSpan(doc.TokenStarts[i], doc.TokenEnds[i] - doc.TokenStarts[i]);

    /// <summary>The name's tokens joined by single spaces, whatever separates them in the text.</summary>
    static string Key(Doc doc, int start, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = start; i < end; i++) (i > start ? sb.Append(' ') : sb).Append(Word(doc, i));
        return sb.ToString();
    }
}
