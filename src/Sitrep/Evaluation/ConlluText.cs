using System.Text;
using Sitrep.Documents;
using Sitrep.Language.Conllu;

namespace Sitrep.Evaluation;

/// <summary>
/// Raw text rebuilt from CoNLL-U "# text" lines (sentences joined by a space, paragraphs and documents
/// by a blank line), with each gold surface token and sentence located in it by character offsets.
/// </summary>
public sealed class ConlluText
{
    public required string Text { get; init; }
    public required List<CharSpan> Tokens { get; init; }
    public required List<CharSpan> Sentences { get; init; }
    /// <summary>For each gold sentence, the index of its first surface token in <see cref="Tokens"/>.</summary>
    public required List<int> SentenceFirstToken { get; init; }

    public static ConlluText Build(IEnumerable<ConlluSentence> sentences)
    {
        var sb = new StringBuilder();
        var tokens = new List<CharSpan>();
        var spans = new List<CharSpan>();
        var firsts = new List<int>();
        foreach (var s in sentences)
        {
            if (sb.Length > 0) sb.Append(s.NewDoc || s.NewPar ? "\n\n" : " ");
            int sentenceStart = sb.Length;
            var text = s.Text ?? string.Join(" ", s.SurfaceTokens().Select(t => t.Form));
            sb.Append(text);
            firsts.Add(tokens.Count);
            int pos = 0;
            foreach (var (form, _) in s.SurfaceTokens())
            {
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                int found = text.IndexOf(form, pos, StringComparison.Ordinal);
                if (found < 0 || found > pos + 2)
                    found = pos; // form differs from text (rare normalisation in gold): keep alignment by length
                int end = Math.Min(text.Length, found + form.Length);
                tokens.Add(new CharSpan(sentenceStart + found, sentenceStart + end));
                pos = end;
            }
            spans.Add(new CharSpan(sentenceStart, sentenceStart + text.TrimEnd().Length));
        }
        return new ConlluText { Text = sb.ToString(), Tokens = tokens, Sentences = spans, SentenceFirstToken = firsts };
    }
}
