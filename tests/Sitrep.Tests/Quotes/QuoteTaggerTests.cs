using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Quotes;
using Sitrep.Quotes.Learned;
using Sitrep.Training.Quotes;

namespace Sitrep.Tests.Quotes;

public class QuoteTaggerTests
{
    static Doc Tokenized(string text)
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        return doc;
    }

    // "Carter warned the town would fall." source [0,6) cue [7,13) content [14,33).
    static TaggedExample Example(QuoteExamples examples) =>
        examples.Build(Tokenized("Carter warned the town would fall."),
            [([new CharSpan(0, 6)], [new CharSpan(7, 13)], [new CharSpan(14, 33)])]);

    [Fact]
    public void Gold_spans_become_bio_labels()
    {
        var ex = Example(new QuoteExamples());
        Assert.Equal([RoleLabels.BSource, RoleLabels.BCue, RoleLabels.BContent, RoleLabels.IContent, RoleLabels.IContent, RoleLabels.IContent, RoleLabels.O], ex.Gold);
    }

    [Fact]
    public void A_tiny_model_learns_its_sentence_and_survives_a_round_trip()
    {
        var ex = Example(new QuoteExamples());
        var tagger = QuoteTaggerTrainer.Train([ex, ex, ex], epochs: 5, seed: 1, backward: true);
        Assert.Equal(ex.Gold, tagger.Tag(ex.Input));

        var path = Path.GetTempFileName();
        try
        {
            tagger.Save(path);
            var load = QuoteTagger.Load(path);
            Assert.Null(load.Error);
            Assert.Equal(ex.Gold, load.Model!.Tag(ex.Input));

            var doc = Tokenized("Carter warned the town would fall.");
            new QuoteStage(load.Model).Process(doc);
            var q = Assert.Single(doc.Quotes);
            Assert.Equal((0, 6), (q.Source!.Value.Start, q.Source.Value.End));
            Assert.Equal((14, 33), (q.Content.Start, q.Content.End));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_one_line_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var load = QuoteTagger.Load(path);
            Assert.Null(load.Model);
            Assert.Contains(path, load.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Stray_inside_label_starts_a_span()
    {
        byte[] labels = [RoleLabels.O, RoleLabels.ISource, RoleLabels.BCue, RoleLabels.BContent, RoleLabels.IContent];
        Assert.Equal([(1, 2, 1), (2, 3, 2), (3, 5, 3)], RoleLabels.Spans(labels, 0));
    }

    [Fact]
    public void Reversed_reading_puts_b_on_the_other_end_and_undoes_itself()
    {
        var ex = Example(new QuoteExamples());
        var reversed = ex.Input.Reversed();
        var labels = ex.Input.ReverseLabels(ex.Gold);
        Assert.Equal([RoleLabels.O, RoleLabels.BContent, RoleLabels.IContent, RoleLabels.IContent, RoleLabels.IContent, RoleLabels.BCue, RoleLabels.BSource], labels);
        Assert.Equal(ex.Gold, reversed.ReverseLabels(labels));
        Assert.Same(ex.Input.Features[0], reversed.Features[6]);
    }
}
