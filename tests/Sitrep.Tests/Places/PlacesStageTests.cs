using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Places;
using Sitrep.Places.Geometry;

namespace Sitrep.Tests.Places;

public class PlacesStageTests
{
    static Doc Run(string text, Action<Doc>? tagEntities = null)
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        tagEntities?.Invoke(doc);
        new PlacesStage(TinyGazetteer.Lookup()).Process(doc);
        return doc;
    }

    [Fact]
    public void A_name_placed_by_distance_and_bearing_gets_the_offset_point()
    {
        const string text = "Troops entered the area of Qaryat Nowhere, some 45 kms south of Mosul on Monday.";
        var doc = Run(text);
        var village = Assert.Single(doc.Places, p => p.Text == "Qaryat Nowhere");
        Assert.Equal((27, 41), (village.StartChar, village.EndChar));
        Assert.True(village.Approximate);
        Assert.Null(village.GeonameId);
        Assert.Equal("Mosul", village.Anchor);
        var expected = new GeoPoint(36.335, 43.11889).Destination(180, 45);
        Assert.Equal(expected.LatDeg, village.Lat!.Value, 5);
        Assert.Equal(expected.LonDeg, village.Lon!.Value, 5);
        Assert.Equal(11.2, village.RadiusKm);
        var mosul = Assert.Single(doc.Places, p => p.Text == "Mosul");
        Assert.Equal((64, 69, 99072L), (mosul.StartChar, mosul.EndChar, mosul.GeonameId!.Value));
    }

    [Fact]
    public void Miles_without_a_bearing_widen_the_radius_around_the_anchor()
    {
        var doc = Run("Forces were five miles from the edge of Mosul by Sunday.");
        var near = Assert.Single(doc.Places, p => p.Approximate);
        Assert.Equal("five miles from the edge of Mosul", near.Text);
        Assert.Equal((12, 45), (near.StartChar, near.EndChar));
        Assert.Equal(36.335, near.Lat!.Value, 5);
        Assert.Equal(5 * GeoPoint.KmPerMile + 15, near.RadiusKm!.Value, 1);
    }

    [Fact]
    public void A_compass_adjective_before_a_country_is_a_region_of_it()
    {
        var doc = Run("Clashes were reported in northern Iraq yesterday.");
        var region = Assert.Single(doc.Places, p => p.Text == "northern Iraq");
        Assert.Equal((25, 38), (region.StartChar, region.EndChar));
        Assert.Equal("L.RGN", region.Feature);
        Assert.Equal("Iraq", region.Anchor);
        Assert.Equal("IRQ", region.Country);
        var expected = new GeoPoint(33, 44).Destination(0, 185);
        Assert.Equal(expected.LatDeg, region.Lat!.Value, 4);
        Assert.Equal(185, region.RadiusKm);
    }

    [Fact]
    public void Near_a_border_named_by_a_demonym_is_placed_by_that_country()
    {
        var doc = Run("Shelling continued near the Iraqi border overnight.");
        var border = Assert.Single(doc.Places, p => p.Approximate);
        Assert.Equal(("the Iraqi border", 24, 40), (border.Text, border.StartChar, border.EndChar));
        Assert.Equal(("Iraqi", "IRQ", 33.0, 44.0, 370.0), (border.Anchor, border.Country, border.Lat!.Value, border.Lon!.Value, border.RadiusKm!.Value));
    }

    [Fact]
    public void A_border_of_an_unknown_country_adds_nothing() =>
        Assert.DoesNotContain(Run("Shelling continued near the Narnian border overnight.").Places, p => p.Approximate);

    [Fact]
    public void An_unresolved_entity_is_kept_and_does_not_empty_the_rest()
    {
        const string text = "Fighting spread from Zzyzzyx to Mosul.";
        var doc = Run(text, d =>
        {
            foreach (var word in new[] { "Zzyzzyx", "Mosul" })
            {
                int token = d.TokenAtOrAfter(text.IndexOf(word, StringComparison.Ordinal));
                d.EntityIob[token] = 1;
                d.EntityType[token] = "GPE";
            }
        });
        Assert.Equal(2, doc.Places.Count);
        Assert.Equal(("Zzyzzyx", 21, 28), (doc.Places[0].Text, doc.Places[0].StartChar, doc.Places[0].EndChar));
        // The gazetteer lacks it: no id, and only the document's focus (Mosul) as an approximate position.
        Assert.Null(doc.Places[0].GeonameId);
        Assert.True(doc.Places[0].Approximate);
        Assert.Equal(("Mosul", 25.0), (doc.Places[0].Anchor, doc.Places[0].RadiusKm!.Value));
        Assert.Equal(99072L, doc.Places[1].GeonameId);
    }

    [Fact]
    public void Capitalised_words_that_are_not_places_are_not_tagged_without_ner()
    {
        var doc = Run("Monday was calm in Mosul.");
        var place = Assert.Single(doc.Places);
        Assert.Equal(("Mosul", 19, 24), (place.Text, place.StartChar, place.EndChar));
    }
}
