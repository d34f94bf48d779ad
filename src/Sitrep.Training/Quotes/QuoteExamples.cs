using Sitrep.Documents;
using Sitrep.Quotes.Direct;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Learned;
using Sitrep.Quotes.Reported;

namespace Sitrep.Training.Quotes;

/// <summary>One training document: the tagger's input and the gold label of each token.</summary>
internal sealed record TaggedExample(TaggerInput Input, byte[] Gold);

/// <summary>Builds training examples with the same rule features the quotes stage gives its tagger.</summary>
internal sealed class QuoteExamples
{
    readonly QuoteLexicon _lex = QuoteLexicon.Default;
    readonly ReportedSpeechFinder _finder = new(QuoteLexicon.Default);

    /// <summary>Tagger input and gold labels for one annotated (already tokenised) article.</summary>
    public TaggedExample Build(Doc doc, IEnumerable<(CharSpan[]? Source, CharSpan[]? Cue, CharSpan[] Content)> gold)
    {
        var quoted = QuoteMarkScanner.Scan(doc.Text);
        var input = TaggerInput.Build(doc, _lex, quoted, _finder.Find(doc, quoted));
        var labels = new byte[doc.Count];
        var all = gold.ToList();
        foreach (var (source, cue, _) in all)
        {
            foreach (var c in cue ?? []) RoleLabels.Mark(labels, doc, c, RoleLabels.BCue, overwrite: true);
            foreach (var s in source ?? []) RoleLabels.Mark(labels, doc, s, RoleLabels.BSource, overwrite: true);
        }
        foreach (var (_, _, content) in all)
            foreach (var c in content) RoleLabels.Mark(labels, doc, c, RoleLabels.BContent, overwrite: false);
        return new TaggedExample(input, labels);
    }
}
