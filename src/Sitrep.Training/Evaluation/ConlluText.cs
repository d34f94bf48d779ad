using System.Text;
using Sitrep.Documents;
using Sitrep.Training.Language.Conllu;

namespace Sitrep.Evaluation;

/// <summary>
/// Raw text rebuilt from CoNLL-U "# text" lines (sentences joined by a space, paragraphs and documents
/// by a blank line), with each gold token and sentence located in it by character offsets.
/// Gold tokens are the syntactic words wherever their forms spell the surface token exactly (UD
/// English splits "don't" into "do" + "n't" and "Bush's" into "Bush" + "'s" as multiword tokens, and
/// Sitrep's tokenizer makes the same split); otherwise the surface token.
/// </summary>
internal sealed class ConlluText
{
    public required string Text { get; init; }
    public required List<CharSpan> Tokens { get; init; }
    public required List<CharSpan> Sentences { get; init; }
    /// <summary>For each gold sentence, the index of its first token in <see cref="Tokens"/>.</summary>
    public required List<int> SentenceFirstToken { get; init; }
    /// <summary>Gold tokens whose form was not found where expected in the sentence text.</summary>
    public int Misaligned { get; init; }

    public static ConlluText Build(IEnumerable<ConlluSentence> sentences)
    {
        var sb = new StringBuilder();
        var tokens = new List<CharSpan>();
        var spans = new List<CharSpan>();
        var firsts = new List<int>();
        int misaligned = 0;
        foreach (var s in sentences)
        {
            if (sb.Length > 0) sb.Append(s.NewDoc || s.NewPar ? "\n\n" : " ");
            int sentenceStart = sb.Length;
            var text = s.Text ?? string.Join(" ", s.SurfaceTokens().Select(t => t.Form));
            sb.Append(text);
            firsts.Add(tokens.Count);
            int pos = 0;
            foreach (var form in GoldForms(s))
            {
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                int found = text.IndexOf(form, pos, StringComparison.Ordinal);
                if (found != pos)
                {
                    misaligned++;
                    if (found < 0 || found > pos + 2) found = pos; // form differs from text: keep alignment by length
                }
                int end = Math.Min(text.Length, found + form.Length);
                tokens.Add(new CharSpan(sentenceStart + found, sentenceStart + end));
                pos = end;
            }
            spans.Add(new CharSpan(sentenceStart, sentenceStart + text.TrimEnd().Length));
        }
        return new ConlluText { Text = sb.ToString(), Tokens = tokens, Sentences = spans, SentenceFirstToken = firsts, Misaligned = misaligned };
    }

    /// <summary>Syntactic words where a multiword token's words concatenate to its form, else the surface token.</summary>
    static IEnumerable<string> GoldForms(ConlluSentence s)
    {
        var ranges = s.Ranges.ToDictionary(r => r.First);
        int w = 0;
        while (w < s.Words.Count)
        {
            if (!ranges.TryGetValue(s.Words[w].Id, out var range))
            {
                yield return s.Words[w++].Form;
                continue;
            }
            int last = w;
            while (last < s.Words.Count && s.Words[last].Id <= range.Last) last++;
            var words = s.Words.GetRange(w, last - w);
            if (string.Concat(words.Select(x => x.Form)) == range.Form)
                foreach (var word in words) yield return word.Form;
            else
                yield return range.Form;
            w = last;
        }
    }
}
