using Sitrep.Entities.Actors;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Language.Conllu;
using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>
/// Silver NER from a UD treebank without entity labels: gold proper-noun runs give the spans, a
/// teacher model gives their types (a run the teacher leaves untagged is typed GPE when it is a
/// listed country, city or region; otherwise its sentence is left out rather than taught as O).
/// Teacher NORP spans are kept; other teacher spans outside proper nouns are dropped.
/// </summary>
internal static class SilverUdReader
{
    static readonly HashSet<string> Connectors = ["of", "the", "and", "&", "-", "de", "al"];

    public static List<NerSentence> Read(string path, NerTagger teacher, ActorLexicon lexicon, Action<Documents.Doc>? prepare = null)
    {
        var sentences = new List<NerSentence>();
        foreach (var s in ConlluReader.ReadFile(path))
        {
            string[] words = [.. s.Words.Select(w => w.Form)];
            bool[] propn = [.. s.Words.Select(w => w.Upos == "PROPN")];
            var doc = NerEvaluator.ToDoc(words);
            prepare?.Invoke(doc);
            teacher.Tag(doc);
            var taught = doc.EntitySpans.Select(x => new NerSpan(x.Label!, x.StartToken, x.EndToken)).ToList();
            var spans = new List<NerSpan>();
            bool certain = true;
            for (int i = 0; i < words.Length && certain; )
            {
                if (!propn[i]) { i++; continue; }
                int end = i;
                while (end < words.Length && propn[end]) end++;
                var over = taught.FirstOrDefault(t => t.Start < end && t.End > i && t.Type != "NORP");
                if (over.Type is not null)
                {
                    bool wider = over.Start <= i && over.End >= end
                        && Enumerable.Range(over.Start, over.End - over.Start).All(k => propn[k] || Connectors.Contains(words[k].ToLowerInvariant()))
                        && propn[over.Start] && propn[over.End - 1];
                    spans.Add(wider ? over : new NerSpan(over.Type, i, end));
                    i = Math.Max(end, wider ? over.End : end);
                }
                else if (IsPlace(lexicon, doc, i, end))
                {
                    spans.Add(new NerSpan("GPE", i, end));
                    i = end;
                }
                else certain = false;
            }
            if (!certain) continue;
            spans.AddRange(taught.Where(t => t.Type == "NORP" && !spans.Any(x => x.Start < t.End && x.End > t.Start)));
            sentences.Add(new NerSentence(words, [.. spans.OrderBy(x => x.Start)]) { DocumentStart = s.NewDoc });
        }
        return sentences;
    }

    static bool IsPlace(ActorLexicon lexicon, Documents.Doc doc, int start, int end) =>
        lexicon.Matcher.TryMatchLongest(doc.Text, doc.TokenStarts, doc.TokenEnds, start, end, out int e, out var ids) && e == end
        && ids.Any(id => lexicon.Matcher.Entries[id].Category is LexiconCategory.Country or LexiconCategory.City or LexiconCategory.Region);
}
