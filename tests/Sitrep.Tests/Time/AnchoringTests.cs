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

        var doc = TimeTestDoc.Parsed("2016-10-19", text, ["NNS", "VBD", "NNS", "VBP", "NNP", "."], [1, -1, 3, 1, 3, 1],
                                     ["nsubj", "root", "nsubj", "ccomp", "obl:tmod", "punct"]);
        Assert.Equal("2016-10-21", Assert.Single(doc.Timexes).Value);
        Assert.Equal(Sitrep.Time.Normalization.TimeDirection.Present, ClauseTense.Of(doc, 28, 34).Direction);
    }

}
