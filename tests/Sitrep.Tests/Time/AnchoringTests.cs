using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Time;
using Sitrep.Time.Anchoring;

namespace Sitrep.Tests.Time;

public class AnchoringTests
{
    [Fact]
    public void The_parse_decides_the_tense_when_present()
    {
        // Without a parse the nearest tense word, "said", makes Friday past (2016-10-14);
        // the parse attaches Friday to "resume", a present-tense verb, so the nearest Friday (2016-10-21) wins.
        const string text = "Officials said talks resume Friday.";
        Assert.Equal("2016-10-14", Assert.Single(TimeTestDoc.Run(text).Timexes).Value);

        var doc = new Doc(text, new DocumentInfo { Published = new PublishedDate("2016-10-19") });
        new TokenizerStage().Process(doc);
        string[] xpos = ["NNS", "VBD", "NNS", "VBP", "NNP", "."];
        int[] heads = [1, -1, 3, 1, 3, 1];
        string[] deprels = ["nsubj", "root", "nsubj", "ccomp", "obl:tmod", "punct"];
        for (int k = 0; k < doc.Count; k++)
        {
            doc.Xpos[k] = xpos[k];
            doc.Head[k] = heads[k];
            doc.Deprel[k] = deprels[k];
            doc.Upos[k] = xpos[k].StartsWith("VB", StringComparison.Ordinal) ? UPos.VERB : UPos.NOUN;
        }
        new TimeStage().Process(doc);
        Assert.Equal("2016-10-21", Assert.Single(doc.Timexes).Value);
        Assert.Equal(Sitrep.Time.Normalization.TimeDirection.Present, ClauseTense.Of(doc, 28, 34).Direction);
    }

}
