using Sitrep.Documents;
using Sitrep.Evaluation.Quotes;

namespace Sitrep.Tests.Quotes;

public class PolnearReaderTests
{
    const string Ann =
        "T1\tSource 0 6\tCarter\n" +
        "T2\tCue 7 11\tsaid\n" +
        "T3\tContent 12 20;25 30\tthe city ... fell\n" +
        "T4\tAttribution 7 11\tsaid\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tCue 40 52\taccording to\n" +
        "T6\tContent 31 39\tit fell\n" +
        "T7\tAttribution-no-source 40 52\taccording to\n" +
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n" +
        "T8\tDiscuss 60 64\tmore\n";

    [Fact]
    public void E_lines_tie_source_cue_and_content()
    {
        var found = PolnearReader.ParseAnn(Ann);
        Assert.Equal(2, found.Count);
        Assert.Equal([new CharSpan(0, 6)], found[0].Source!);
        Assert.Equal([new CharSpan(7, 11)], found[0].Cue!);
        Assert.Equal([new CharSpan(12, 20), new CharSpan(25, 30)], found[0].Content);
        Assert.Null(found[1].Source);
        Assert.Equal([new CharSpan(31, 39)], found[1].Content);
    }

    [Fact]
    public void Missing_split_is_a_result_with_one_line()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var result = PolnearReader.Read(dir.FullName, "dev");
            Assert.False(result.Success);
            Assert.Contains("data/dev/text/", result.Error);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Held_out_and_fit_parts_split_train_without_overlap()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "data/train/text"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "data/train/attributions"));
            for (int i = 0; i < 40; i++)
            {
                File.WriteAllText(Path.Combine(dir.FullName, $"data/train/text/a{i}.txt"), "Carter said so.");
                File.WriteAllText(Path.Combine(dir.FullName, $"data/train/attributions/a{i}_1.ann"), "");
            }
            var heldOut = PolnearReader.Read(dir.FullName, PolnearReader.HeldOut).Documents.Select(d => d.Name).ToList();
            var fit = PolnearReader.Read(dir.FullName, PolnearReader.Fit).Documents.Select(d => d.Name).ToList();
            Assert.NotEmpty(heldOut);
            Assert.All(heldOut, name => Assert.True(PolnearReader.IsHeldOut(name)));
            Assert.Empty(heldOut.Intersect(fit));
            Assert.Equal(40, heldOut.Count + fit.Count);
        }
        finally { dir.Delete(recursive: true); }
    }
}
