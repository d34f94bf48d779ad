using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Quotes.Direct;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Learned;
using Sitrep.Quotes.Reported;

namespace Sitrep.Tests.Quotes;

public class SpanGrouperTests
{
    static (Doc Doc, TaggerInput Input) Prepare(string text, Action<Doc>? parse = null)
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        parse?.Invoke(doc);
        return (doc, TaggerInput.Build(doc, QuoteLexicon.Default, QuoteMarkScanner.Scan(text), []));
    }

    /// <summary>One label per token: the listed (token, label) pairs, O elsewhere.</summary>
    static byte[] Label(Doc doc, params (int Token, byte Label)[] labels)
    {
        var result = new byte[doc.Count];
        foreach (var (token, label) in labels) result[token] = label;
        return result;
    }

    static int Token(Doc doc, string word, int nth = 0) =>
        Enumerable.Range(0, doc.Count).Where(i => doc.Text[doc.TokenStarts[i]..doc.TokenEnds[i]] == word).ElementAt(nth);

    [Fact]
    public void Content_of_the_previous_sentence_is_not_joined_to_the_next_cue()
    {
        var (doc, input) = Prepare("He spoke to insiders. They said he lied.");
        var labels = Label(doc, (Token(doc, "insiders"), RoleLabels.BContent), (Token(doc, "They"), RoleLabels.BSource),
            (Token(doc, "said"), RoleLabels.BCue), (Token(doc, "he"), RoleLabels.BContent), (Token(doc, "lied"), RoleLabels.IContent));
        var found = Assert.Single(SpanGrouper.Group(doc, input, labels, QuoteLexicon.Default));
        Assert.Equal("he lied", found.Content.Slice(doc.Text));
    }

    [Fact]
    public void Quotations_on_both_sides_of_the_cue_are_one_content_across_sentences()
    {
        const string text = "“We won,” he said. “They lost.”";
        var (doc, input) = Prepare(text);
        var labels = new byte[doc.Count];
        int he = Token(doc, "he"), said = Token(doc, "said");
        for (int i = 0; i < he; i++) labels[i] = i == 0 ? RoleLabels.BContent : RoleLabels.IContent;
        for (int i = said + 2; i < doc.Count; i++) labels[i] = i == said + 2 ? RoleLabels.BContent : RoleLabels.IContent;
        labels[he] = RoleLabels.BSource;
        labels[said] = RoleLabels.BCue;
        var found = Assert.Single(SpanGrouper.Group(doc, input, labels, QuoteLexicon.Default));
        Assert.Equal(text, found.Content.Slice(doc.Text));
    }

    [Fact]
    public void A_content_end_inside_a_phrase_runs_to_the_end_of_the_phrase()
    {
        // Officials said the complete repeal failed .   with a hand-made parse: "the complete" hang on "repeal".
        int[] heads = [1, -1, 4, 4, 5, 1, 1];
        var (doc, input) = Prepare("Officials said the complete repeal failed.", d => heads.CopyTo(d.Head, 0));
        var labels = Label(doc, (0, RoleLabels.BSource), (1, RoleLabels.BCue), (2, RoleLabels.BContent), (3, RoleLabels.IContent));
        var found = Assert.Single(SpanGrouper.Group(doc, input, labels, QuoteLexicon.Default));
        Assert.Equal("the complete repeal failed", found.Content.Slice(doc.Text));
    }
}
