using Sitrep.Documents;
using Sitrep.Quotes.Direct;

namespace Sitrep.Tests.Quotes;

public class QuoteMarkScannerTests
{
    [Fact]
    public void Curly_quote_includes_its_marks()
    {
        var found = QuoteMarkScanner.Scan("“We will win,” Carter said.");
        Assert.Equal([new QuotedSpan(new CharSpan(0, 14), 0, 1)], found);
    }

    [Fact]
    public void Straight_and_guillemet_quotes_are_found()
    {
        Assert.Equal(new CharSpan(4, 10), Assert.Single(QuoteMarkScanner.Scan("He: \"Stop\" now.")).Span);
        Assert.Equal(new CharSpan(4, 10), Assert.Single(QuoteMarkScanner.Scan("He: «Stop» now.")).Span);
    }

    [Fact]
    public void Unclosed_paragraph_continues_into_the_next_opening_quote()
    {
        const string text = "“The first part.\n\n“The second part,” she said.";
        var q = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(new CharSpan(0, 36), q.Span);
        Assert.Equal(2, q.Paragraphs);
    }

    [Fact]
    public void Unclosed_paragraph_without_a_continuation_ends_at_the_paragraph()
    {
        const string text = "“The first part.\n\nThen he left.";
        Assert.Equal(new CharSpan(0, 16), Assert.Single(QuoteMarkScanner.Scan(text)).Span);
    }

    [Fact]
    public void Partial_quotes_inside_a_sentence()
    {
        const string text = "It ‘will be’ carrying out operations “simultaneously” there.";
        var found = QuoteMarkScanner.Scan(text);
        Assert.Equal([new CharSpan(3, 12), new CharSpan(37, 53)], found.Select(q => q.Span));
    }

    [Fact]
    public void Quote_inside_a_quote_has_depth_one()
    {
        const string text = "“He told me ‘never again’ that night,” Smith said.";
        var found = QuoteMarkScanner.Scan(text);
        Assert.Equal(2, found.Count);
        Assert.Equal(new QuotedSpan(new CharSpan(0, 38), 0, 1), found[0]);
        Assert.Equal(new QuotedSpan(new CharSpan(12, 25), 1, 1), found[1]);
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        const string text = "“It’s the players’ union at five o’clock, don’t go,” he said.";
        var q = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(new CharSpan(0, 52), q.Span);
        Assert.Empty(QuoteMarkScanner.Scan("The players’ union said it’s ten o’clock."));
    }
}
