
using Sitrep.Evaluation.Events;

namespace Sitrep.Tests.Events;

public class GoldReaderTests
{
    [Theory]
    [InlineData("FIGHT", "firearms", "ASSAULT", "firearms")]
    [InlineData("DEMAND", "", "REQUEST", null)]
    [InlineData("DISAPPROVE", null, "ACCUSE", null)]
    [InlineData("INVESTIGATE", "", "ACCUSE", "investigate")]
    [InlineData("PROTEST", "demo", "PROTEST", "demo")]
    public void Old_plover_labels_map_to_current_ones(string label, string? mode, string type, string? expectedMode) =>
        Assert.Equal((type, expectedMode), PloverGoldReader.MapLabel(label, mode));

    [Fact]
    public void Plover_records_skip_the_document_header_and_keep_participants()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            [{"id":"H","event":"DOCUMENT","eventText":"header"},
             {"id":"R1","event":"FIGHT","mode":"heavy-weapons","text":"Rebels shelled Juba.","source":[{"actorText":"Rebels","code":"SDN"}],"target":[{"actorText":"Juba","code":"SSD"}]}]
            """);
        var read = PloverGoldReader.Read(path);
        File.Delete(path);
        var r = Assert.Single(read.Records);
        Assert.Equal(("ASSAULT", "heavy-weapons", "Rebels shelled Juba."), (r.Type, r.Mode, r.Text));
        Assert.Equal(new GoldParticipant("Rebels", "SDN"), Assert.Single(r.Sources));
    }

    [Fact]
    public void A_broken_gold_file_is_one_line_naming_it()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ not json");
        var read = PloverGoldReader.Read(path);
        File.Delete(path);
        Assert.False(read.Success);
        Assert.StartsWith(path + ":", read.Error);
        Assert.DoesNotContain('\n', read.Error!);
    }
}
