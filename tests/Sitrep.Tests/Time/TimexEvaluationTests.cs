using Sitrep.Documents;
using Sitrep.Evaluation.Time;

namespace Sitrep.Tests.Time;

public class TimexEvaluationTests
{
    const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-19" functionInDocument="CREATION_TIME">20161019</TIMEX3></DCT>
        <TEXT>Rock &amp; roll began <TIMEX3 tid="t1" type="DATE" value="2016-10-16">on Sunday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.</TEXT>
        </TimeML>
        """;

    static TimeMlDocument Read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-timex-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, Tml);
        try { return TimeMlDocument.Read(path).Document!; }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Reader_strips_tags_decodes_entities_and_keeps_offsets()
    {
        var doc = Read();
        Assert.Equal("Rock & roll began on Sunday for two weeks.", doc.Text);
        Assert.Equal("2016-10-19", doc.Dct);
        Assert.Equal([new GoldTimex(18, 27, "DATE", "2016-10-16"), new GoldTimex(32, 41, "DURATION", "P2W")], doc.Timexes);
    }

    [Fact]
    public void Not_timeml_is_a_failed_result()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-timex-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, "<html>nothing</html>");
        try
        {
            var result = TimeMlDocument.Read(path);
            Assert.Null(result.Document);
            Assert.Contains("no <TEXT>", result.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Scores_follow_tempeval3_relaxed_strict_and_value()
    {
        var gold = Read();
        var evaluator = new TimexEvaluator();
        // "Sunday" overlaps "on Sunday" (relaxed, not strict) with the right value; "two weeks" matches exactly
        // with a wrong value; "Rock" is spurious.
        evaluator.Add(gold, [
            new Timex(0, 4, "Rock", "DATE", "PRESENT_REF"),
            new Timex(21, 27, "Sunday", "DATE", "2016-10-16"),
            new Timex(32, 41, "two weeks", "DURATION", "P3W"),
        ]);
        var s = evaluator.Scores();
        double relaxed = 2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1.0);
        Assert.Equal(relaxed, (double)s["relaxed_f1"]!, 6);
        Assert.Equal(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), (double)s["strict_f1"]!, 6);
        Assert.Equal(relaxed * 0.5, (double)s["value_f1"]!, 6);
        Assert.Equal(1.0, (double)s["type_accuracy"]!, 6);
    }
}
