using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>Runs tokenizer + time stage over a sentence, with an optional document date.</summary>
internal static class TimeTestDoc
{
    public static Doc Run(string text, string? published = "2016-10-19")
    {
        var doc = new Doc(text, new DocumentInfo { Published = published is null ? null : new PublishedDate(published) });
        new TokenizerStage().Process(doc);
        new TimeStage().Process(doc);
        return doc;
    }

    /// <summary>The text has exactly one timex reading <paramref name="expression"/>, at its offsets, with this type and value.</summary>
    public static void Check(string text, string dct, string expression, string type, string value)
    {
        var t = Find(Run(text, dct), expression);
        Assert.Equal((type, value), (t.Type, t.Value));
    }

    /// <summary>The single timex whose text is <paramref name="text"/>, checking its offsets.</summary>
    public static Timex Find(Doc doc, string text)
    {
        var t = Assert.Single(doc.Timexes, x => x.Text == text);
        Assert.Equal(doc.Text.IndexOf(text, StringComparison.Ordinal), t.StartChar);
        Assert.Equal(t.StartChar + text.Length, t.EndChar);
        return t;
    }

    /// <summary>A space-separated sentence with a hand-made parse, then the time stage.</summary>
    public static Doc Parsed(string dct, string text, string[] xpos, int[] heads, string[] deprels)
    {
        var doc = new Doc(text, new DocumentInfo { Published = new PublishedDate(dct) });
        new TokenizerStage().Process(doc);
        Assert.Equal(xpos.Length, doc.Count);
        for (int k = 0; k < doc.Count; k++)
        {
            doc.Xpos[k] = xpos[k];
            doc.Head[k] = heads[k];
            doc.Deprel[k] = deprels[k];
            doc.Upos[k] = xpos[k].StartsWith("VB", StringComparison.Ordinal) ? UPos.VERB : UPos.NOUN;
        }
        new TimeStage().Process(doc);
        return doc;
    }
}
