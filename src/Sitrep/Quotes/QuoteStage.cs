using Microsoft.Extensions.Logging;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Quotes.Attribution;
using Sitrep.Quotes.Direct;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Learned;
using Sitrep.Quotes.Reported;

namespace Sitrep.Quotes;

/// <summary>
/// Direct and reported speech with speaker attribution. Works from tokens alone; uses the parse
/// (nsubj of the cue), POS tags and entities (mentions, pronoun mentions) when earlier stages ran.
/// With a trained tagger (models/quotes/model.bin) the rules' spans become features of the tagger,
/// whose spans are then grouped into attributions; without it the rules' attributions are used.
/// </summary>
internal sealed class QuoteStage(QuoteTagger? tagger = null) : IStage
{
    public const string ModelFolder = "quotes", ModelFile = "model.bin";

    readonly QuoteLexicon _lex = QuoteLexicon.Default;
    readonly ReportedSpeechFinder _finder = new(QuoteLexicon.Default);
    readonly SpeakerResolver _resolver = new(QuoteLexicon.Default);

    public string Name => "quotes";
    public IReadOnlyList<string> Requires => [Layers.Tokens];
    public IReadOnlyList<string> Assigns => [Layers.Quotes];
    public bool Learned => tagger is not null;

    /// <summary>The stage with the model from <paramref name="options"/> when present, else rules only; a broken model file is an error naming it.</summary>
    public static QuoteStage Create(StageContext context)
    {
        var path = Path.Combine(context.Options.ModelsDirectory, ModelFolder, ModelFile);
        if (!File.Exists(path)) return new QuoteStage();
        return new QuoteStage(QuoteTagger.Load(path, context.Options.CacheDirectory).GetValueOrThrow());
    }

    public void Process(Doc doc)
    {
        var quoted = QuoteMarkScanner.Scan(doc.Text);
        var found = _finder.Find(doc, quoted);
        if (tagger is not null)
        {
            var input = TaggerInput.Build(doc, _lex, quoted, found);
            found = SpanGrouper.Group(doc, input, tagger.Tag(input), _lex);
        }
        found = [.. found.Select(a => a with { Kind = QuoteKinds.Of(a.Content, quoted) })];
        found.AddRange(QuoteKinds.Unattributed(doc.Text, quoted, found));
        doc.Quotes.Clear();
        doc.Quotes.AddRange(_resolver.Resolve(doc, found));
    }
}
