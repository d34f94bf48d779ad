using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Evaluation.Quotes;

namespace Sitrep.Tests.Quotes;

public class QuoteEvaluatorTests
{
    sealed class FixedQuotes(params Quote[] quotes) : IStage
    {
        public string Name => "quotes";
        public IReadOnlyList<string> Requires => [];
        public IReadOnlyList<string> Assigns => [Layers.Quotes];
        public void Process(Doc doc) => doc.Quotes.AddRange(quotes);
    }

    // "Carter said the city fell." Gold: source Carter, cue said, content "the city fell".
    static readonly AttributionDocument Gold = new("d", "Carter said the city fell.",
        [new GoldAttribution([new CharSpan(12, 25)], [new CharSpan(7, 11)], [new CharSpan(0, 6)])]);

    [Fact]
    public void Exact_spans_score_one()
    {
        var stage = new FixedQuotes(new Quote("reported", new CharSpan(12, 25)) { Cue = new(7, 11), Source = new(0, 6) });
        var scores = QuoteEvaluator.Evaluate([Gold], () => new DocPipeline([stage]));
        Assert.Equal(1.0, scores.Source.F1);
        Assert.Equal(1.0, scores.Cue.F1);
        Assert.Equal(1.0, scores.Content.F1);
    }

    [Fact]
    public void Overlap_counts_what_exact_misses()
    {
        // Content one word short, source wrong, cue missing.
        var stage = new FixedQuotes(new Quote("reported", new CharSpan(12, 20)) { Source = new(20, 25) });
        var scores = QuoteEvaluator.Evaluate([Gold], () => new DocPipeline([stage]));
        Assert.Equal(0.0, scores.Content.F1);
        Assert.Equal(1.0, scores.ContentOverlap.F1);
        Assert.Equal(0.0, scores.SourceOverlap.F1);
        Assert.Equal(0.0, scores.CueOverlap.Recall);
    }

    [Fact]
    public void Discontinuous_gold_content_is_its_hull()
    {
        var gold = Gold with { Attributions = [new GoldAttribution([new CharSpan(12, 15), new CharSpan(21, 25)], null, null)] };
        var stage = new FixedQuotes(new Quote("reported", new CharSpan(12, 25)));
        Assert.Equal(1.0, QuoteEvaluator.Evaluate([gold], () => new DocPipeline([stage])).Content.F1);
    }
}
