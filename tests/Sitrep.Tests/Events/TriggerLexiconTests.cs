using Sitrep.Events.Cameo;
using Sitrep.Events.Plover;
using Sitrep.Events.Triggers;

namespace Sitrep.Tests.Events;

public class TriggerLexiconTests
{
    [Theory]
    [InlineData("ban", "banned")]
    [InlineData("expel", "expelled")]
    [InlineData("deploy", "deployed")]
    [InlineData("carry", "carried")]
    [InlineData("mobilize", "mobilizing")]
    public void Inflection_generates_regular_forms(string lemma, string form) =>
        Assert.Contains(form, Inflection.Forms(lemma, isVerb: true));

    [Fact]
    public void Every_lexicon_entry_uses_a_plover_type_and_one_of_its_modes()
    {
        var plover = PloverOntology.Default;
        foreach (var e in TriggerLexicon.Default.Entries)
        {
            Assert.True(plover.IsType(e.Type), $"{e.Lemma}: {e.Type}");
            if (e.Mode is { } m) Assert.True(plover.IsMode(e.Type, m), $"{e.Lemma}: {e.Type}/{m}");
        }
    }

    [Fact]
    public void Sixteen_plover_types_each_map_to_a_cameo_code()
    {
        var types = PloverOntology.Default.Types.ToList();
        Assert.Equal(16, types.Count);
        foreach (var t in types) Assert.NotNull(CameoMapper.Default.Map(t, null, null, null));
        Assert.Equal("190", CameoMapper.Default.Map("ASSAULT", null, "MIL", "attack"));
        Assert.Equal("180", CameoMapper.Default.Map("ASSAULT", null, "REB", "attack"));
        Assert.Equal("18", CameoMapper.Root("1831"));
    }
}
