using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Quotes.Attribution;
using Sitrep.Quotes.Direct;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Reported;

namespace Sitrep.Quotes;

/// <summary>
/// Direct and reported speech with speaker attribution. Works from tokens alone; uses the parse
/// (nsubj of the cue), POS tags and entities (mentions, pronoun mentions) when earlier stages ran.
/// </summary>
public sealed class QuoteStage : IStage
{
    readonly QuoteLexicon _lex = QuoteLexicon.Default;
    readonly ReportedSpeechFinder _finder;
    readonly SpeakerResolver _resolver;

    public QuoteStage()
    {
        _finder = new ReportedSpeechFinder(_lex);
        _resolver = new SpeakerResolver(_lex);
    }

    public string Name => "quotes";
    public IReadOnlyList<string> Requires => [Layers.Tokens];
    public IReadOnlyList<string> Assigns => [Layers.Quotes];

    public void Process(Doc doc)
    {
        var quoted = QuoteMarkScanner.Scan(doc.Text);
        var found = _finder.Find(doc, quoted);
        found = [.. found.Select(a => a with { Kind = QuoteKinds.Of(a.Content, quoted) })];
        found.AddRange(QuoteKinds.Unattributed(doc.Text, quoted, found));
        doc.Quotes.Clear();
        doc.Quotes.AddRange(_resolver.Resolve(doc, found));
    }
}
