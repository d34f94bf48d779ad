using Sitrep.Entities.Actors;
using Sitrep.Training.Language.Conllu;
using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>
/// Derives name spans from GUM's entity layer (CoNLL-U MISC <c>Entity=</c>). GUM marks every mention,
/// names or not; a mention counts as a name when its head word is a proper noun, and its span is the
/// run of proper nouns around that head (joined by "of", "the", "and" or an unspaced hyphen).
/// person→PER, organization→ORG, place→GPE (LOC after a location head), event→EVENT,
/// object or abstract with a Wikipedia identity→MISC.
/// </summary>
internal static class GumEntityReader
{
    public static List<NerSentence> Read(string path, ActorLexicon lexicon)
    {
        var sentences = new List<NerSentence>();
        foreach (var s in ConlluReader.ReadFile(path))
        {
            var words = s.Words;
            var mentions = Mentions(words);
            var spans = new List<NerSpan>();
            var taken = new bool[words.Count];
            foreach (var (start, end, etype, identity) in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
            {
                string? type = etype switch
                {
                    "person" => "PER", "organization" => "ORG", "place" => "GPE", "event" => "EVENT",
                    "object" or "abstract" when identity => "MISC",
                    _ => null,
                };
                if (type is null) continue;
                int head = Enumerable.Range(start, end - start).FirstOrDefault(i => words[i].Head - 1 < start || words[i].Head - 1 >= end, -1);
                if (head < 0 || words[head].Upos != "PROPN") continue;
                int a = head, b = head + 1;
                while (a > start && Joins(words, a - 1, start, end, left: true)) a--;
                while (b < end && Joins(words, b, start, end, left: false)) b++;
                while (words[a].Upos != "PROPN") a++;
                while (words[b - 1].Upos != "PROPN") b--;
                if (Enumerable.Range(a, b - a).Any(i => taken[i])) continue;
                for (int i = a; i < b; i++) taken[i] = true;
                if (type == "GPE" && lexicon.LocationHeads.Contains(words[b - 1].Form)) type = "LOC";
                spans.Add(new NerSpan(type, a, b));
            }
            sentences.Add(new NerSentence([.. words.Select(w => w.Form)], [.. spans.OrderBy(x => x.Start)]) { DocumentStart = s.NewDoc });
        }
        return sentences;
    }

    /// <summary>Whether word <paramref name="i"/> belongs to the name run being grown.</summary>
    static bool Joins(List<ConlluWord> words, int i, int start, int end, bool left)
    {
        var w = words[i];
        if (w.Upos == "PROPN") return true;
        bool connector = w.Form is "of" or "the" or "and" or "de" or "al" || (w.Upos == "PUNCT" && w.Form == "-" && !w.SpaceAfter);
        int next = left ? i - 1 : i + 1;
        return connector && next >= start && next < end && words[next].Upos == "PROPN" && (w.Form != "the" || !left);
    }

    /// <summary>Mentions as (start, end exclusive, entity type, has identity) from the bracket notation.</summary>
    static List<(int Start, int End, string Type, bool Identity)> Mentions(List<ConlluWord> words)
    {
        var found = new List<(int, int, string, bool)>();
        var open = new Dictionary<string, (int Start, string Type, bool Identity)>();
        for (int i = 0; i < words.Count; i++)
        {
            var entity = words[i].Misc.Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal));
            if (entity is null) continue;
            var v = entity.AsSpan(7);
            int p = 0;
            while (p < v.Length)
            {
                if (v[p] == '(')
                {
                    int q = p + 1;
                    while (q < v.Length && v[q] != '(' && v[q] != ')') q++;
                    var fields = v[(p + 1)..q].ToString().Split('-');
                    bool identity = fields.Length > 7 && fields[7].Length > 0;
                    string type = fields.Length > 1 ? fields[1] : "";
                    if (q < v.Length && v[q] == ')') { found.Add((i, i + 1, type, identity)); q++; }
                    else open[fields[0]] = (i, type, identity);
                    p = q;
                }
                else
                {
                    int q = p;
                    while (q < v.Length && v[q] != ')') q++;
                    var id = v[p..q].ToString();
                    if (open.Remove(id, out var o)) found.Add((o.Start, i + 1, o.Type, o.Identity));
                    p = q + 1;
                }
            }
        }
        return found;
    }
}
