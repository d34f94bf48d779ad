using static Sitrep.Tests.Quotes.QuoteTestDocs;

namespace Sitrep.Tests.Quotes;

public class QuoteStageTests
{
    [Fact]
    public void Direct_quote_with_x_said()
    {
        var doc = Run("“We will win,” Carter said.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("direct", q.Kind);
        Assert.Equal((0, 14), (q.Content.Start, q.Content.End));
        Assert.Equal("said", Slice(doc, q.Cue));
        Assert.Equal((15, 21), (q.Source!.Value.Start, q.Source.Value.End));
        Assert.Equal("Carter", q.SourceText);
    }

    [Fact]
    public void Quote_spanning_two_paragraphs_is_one_content()
    {
        const string text = "“The first part.\n\n“The second part,” she said.";
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal((0, 36), (q.Content.Start, q.Content.End));
        Assert.Equal("she", q.SourceText);
    }

    [Theory]
    [InlineData("“We will win,” said the ministry.", "the ministry", "said", "“We will win,”")]
    [InlineData("The minister stressed that the bridge was safe.", "The minister", "stressed", "that the bridge was safe")]
    [InlineData("According to the ministry, 40 people died.", "the ministry", "According to", "40 people died")]
    [InlineData("Forty people died, according to local officials.", "local officials", "according to", "Forty people died")]
    [InlineData("Carter told reporters that the offensive had begun.", "Carter", "told", "that the offensive had begun")]
    [InlineData("The newspaper points out:\n\nThe town fell on Monday.", "The newspaper", "points out", "The town fell on Monday")]
    [InlineData("Officials said the road was closed.", "Officials", "said", "the road was closed")]
    [InlineData("Mr. Smith has also warned the town would fall.", "Mr. Smith", "has also warned", "the town would fall")]
    public void Reported_speech_source_cue_and_content(string text, string source, string cue, string content)
    {
        var doc = Run(text);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(source, q.SourceText);
        Assert.Equal(cue, Slice(doc, q.Cue));
        Assert.Equal(content, Slice(doc, q.Content));
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Partial_quote_inside_reported_speech_makes_it_mixed()
    {
        var doc = Run("Carter said the forces ‘will be’ carrying out operations “simultaneously”.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("mixed", q.Kind);
        Assert.Equal("the forces ‘will be’ carrying out operations “simultaneously”", Slice(doc, q.Content));
    }

    [Fact]
    public void Scare_quote_with_no_cue_is_partial()
    {
        var doc = Run("The plan was called “bold” by many.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("partial", q.Kind);
        Assert.Null(q.Cue);
        Assert.Equal((20, 26), (q.Content.Start, q.Content.End));
    }

    [Fact]
    public void Named_source_resolves_to_the_entity_over_it()
    {
        const string text = "Ash Carter said the raid was over.";
        var doc = Run(text, Entity("e1", "PER", text, "Ash Carter"));
        Assert.Equal("e1", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void Pronoun_source_resolves_to_the_latest_person()
    {
        const string text = "Ash Carter met the ministry in Paris. He said the raid was over.";
        var doc = Run(text, Entity("e1", "PER", text, "Ash Carter"), Entity("e2", "ORG", text, "the ministry"));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("He", q.SourceText);
        Assert.Equal("e1", q.Speaker);
    }

    [Fact]
    public void Outlet_relaying_a_quote_is_attributed_with_the_speaker()
    {
        const string text = "The Telegraph ran the story. Carter said the fighters have rigged buildings, the newspaper notes.";
        var doc = Run(text,
            Entity("carter", "PER", text, "Carter"),
            Entity("telegraph", "ORG", text, "The Telegraph", "the newspaper"));
        Assert.Equal(2, doc.Quotes.Count);
        var outer = Assert.Single(doc.Quotes, q => q.Speaker == "telegraph");
        var inner = Assert.Single(doc.Quotes, q => q.Speaker == "carter");
        Assert.Equal("Carter said the fighters have rigged buildings", Slice(doc, outer.Content));
        Assert.Equal("the fighters have rigged buildings", Slice(doc, inner.Content));
        Assert.Equal(["carter"], outer.AlsoAttributedTo);
        Assert.Equal(["telegraph"], inner.AlsoAttributedTo);
    }

    [Fact]
    public void Continuation_paragraph_quote_keeps_the_previous_speaker()
    {
        const string text = "“We are ready,” Carter said.\n\n“The city will fall.”";
        var doc = Run(text, Entity("carter", "PER", text, "Carter"));
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("carter", q.Speaker));
        Assert.Null(doc.Quotes[1].Cue);
    }

    [Fact]
    public void Cueless_quote_in_the_speakers_paragraph_keeps_the_speaker()
    {
        const string text = "Carter said the town would fall, adding, “We are ready.”\n\nThe weather was “bad” all week.";
        var doc = Run(text, Entity("carter", "PER", text, "Carter"));
        var ready = Assert.Single(doc.Quotes, q => Slice(doc, q.Content) == "“We are ready.”");
        Assert.Equal("carter", ready.Speaker);
        var bad = Assert.Single(doc.Quotes, q => Slice(doc, q.Content) == "“bad”");
        Assert.Null(bad.Speaker);
    }

    [Fact]
    public void Nouns_that_look_like_cues_are_not_cues()
    {
        Assert.Empty(Run("The report was long and the claims were many.").Quotes);
    }
}
