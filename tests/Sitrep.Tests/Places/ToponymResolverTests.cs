using Sitrep.Places.Resolution;

namespace Sitrep.Tests.Places;

public class ToponymResolverTests
{
    static string[] Resolve(string text, params string[] toponyms)
    {
        var lookup = TinyGazetteer.Lookup();
        var spans = toponyms.Select(t => { int s = text.IndexOf(t, StringComparison.Ordinal); return new ToponymSpan(s, s + t.Length); }).ToList();
        return [.. new ToponymResolver(lookup).Resolve(text, spans).Select(r => (r.InFocus ? "focus:" : "") +
            (r.IsResolved ? $"{lookup.Gazetteer[r.Entry].Name}/{lookup.Gazetteer[r.Entry].Admin1Code}/{lookup.Gazetteer[r.Entry].Feature}" : "-"))];
    }

    [Fact]
    public void Without_context_the_larger_place_wins() =>
        Assert.Equal("Springfield/US.MO/P.PPLA2", Resolve("Flooding hit Springfield on Monday.", "Springfield")[0]);

    [Fact]
    public void A_container_after_a_comma_picks_the_place_inside_it()
    {
        var result = Resolve("Flooding hit Springfield, Illinois on Monday.", "Springfield", "Illinois");
        Assert.Equal("Springfield/US.IL/P.PPLA", result[0]);
        Assert.Equal("Illinois/US.IL/A.ADM1", result[1]);
    }

    [Fact]
    public void A_container_that_is_not_a_tagged_toponym_still_counts() =>
        Assert.Equal("Springfield/US.IL/P.PPLA", Resolve("Flooding hit Springfield, Illinois on Monday.", "Springfield")[0]);

    [Fact]
    public void A_country_name_goes_to_the_country_not_a_building_of_that_name() =>
        Assert.Equal("United States//A.PCLI", Resolve("Troops from the USA arrived.", "USA")[0]);

    [Fact]
    public void A_transliteration_variant_finds_the_gazetteer_spelling() =>
        Assert.Equal("Ash Shura/IQ.15/P.PPL", Resolve("Forces entered al-Shurah at dawn.", "al-Shurah")[0]);

    [Fact]
    public void An_alternate_name_resolves() =>
        Assert.Equal("Mosul/IQ.15/P.PPLA", Resolve("Shelling in Al-Mawsil continued.", "Al-Mawsil")[0]);

    [Fact]
    public void An_unknown_name_falls_back_to_the_focus_and_the_others_resolve()
    {
        var result = Resolve("Zzyzzyx and Mosul were quiet.", "Zzyzzyx", "Mosul");
        Assert.Equal(["focus:Mosul/IQ.15/P.PPLA", "Mosul/IQ.15/P.PPLA"], result);
    }

    [Fact]
    public void Alone_an_unknown_name_stays_unresolved() => Assert.Equal("-", Resolve("Zzyzzyx was quiet.", "Zzyzzyx")[0]);
}
