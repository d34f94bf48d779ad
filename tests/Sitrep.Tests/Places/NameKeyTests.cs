using Sitrep.Places.Gazetteer;

namespace Sitrep.Tests.Places;

public class NameKeyTests
{
    [Theory]
    [InlineData("Sant Julià de Lòria", "sant julia de loria")]
    [InlineData("U.S.", "us")]
    [InlineData("al-Shurah", "al shurah")]
    [InlineData("  Erbil ", "erbil")]
    [InlineData("Kraków", "krakow")]
    public void Normalize_folds_case_diacritics_and_punctuation(string name, string key) =>
        Assert.Equal(key, NameKey.Normalize(name));

    [Theory]
    [InlineData("al-Shurah", "Ash Shura")]
    [InlineData("Raqqa", "Ar Raqqah")]
    [InlineData("Deir ez-Zor", "Deir al Zor")]
    [InlineData("Qamishli", "Kamishli")]
    [InlineData("Tall Afar", "Tal Afar")]
    public void Transliteration_variants_share_a_key(string a, string b) =>
        Assert.Equal(NameKey.Transliterate(NameKey.Normalize(a)), NameKey.Transliterate(NameKey.Normalize(b)));

    [Theory]
    [InlineData("Mosul", "Basra")]
    [InlineData("Homs", "Hama")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameKey.Transliterate(NameKey.Normalize(a)), NameKey.Transliterate(NameKey.Normalize(b)));

    [Fact]
    public void A_lone_article_is_kept() => Assert.Equal("al", NameKey.Transliterate("al"));
}
