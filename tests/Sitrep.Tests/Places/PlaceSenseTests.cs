using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Places;
using Sitrep.Places.Gazetteer;
using Sitrep.Places.Geometry;
using Sitrep.Places.Resolution;

namespace Sitrep.Tests.Places;

/// <summary>Names that are not used as places get no point, and famous or denoted places win over
/// homonymous small ones (the geocoding errors of issue 17, in sentences written for these tests).</summary>
public class PlaceSenseTests
{
    const long GraceIdaho = 5594400;
    static readonly Lazy<CandidateLookup> Lookup = new(() => new CandidateLookup(Build()));

    /// <summary>The shipped regions list plus the homonyms that caught the resolver out (GeoNames ids and points).</summary>
    static Gazetteer Build()
    {
        var b = new GazetteerBuilder();
        foreach (var (iso2, iso3, name) in new[] { ("US", "USA", "United States"), ("IQ", "IRQ", "Iraq"), ("CM", "CMR", "Cameroon"),
                     ("NG", "NGA", "Nigeria"), ("GB", "GBR", "United Kingdom"), ("CU", "CUB", "Cuba") })
            b.AddCountryCodes(new CountryCodes(iso2, iso3, name));
        TinyGazetteer.Add(b, 0, "United States", 39.76, -98.5, 310_000_000, "A.PCLI", "US", "", 1700);
        TinyGazetteer.Add(b, 0, "Iraq", 33, 44, 40_000_000, "A.PCLI", "IQ", "", 370);
        TinyGazetteer.Add(b, 0, "Nigeria", 10, 8, 190_000_000, "A.PCLI", "NG", "", 540);
        TinyGazetteer.Add(b, 0, "Cameroon", 6, 12, 24_000_000, "A.PCLI", "CM", "", 390);
        TinyGazetteer.Add(b, 0, "Idaho", 44.5, -114.25, 1_700_000, "A.ADM1", "US", "ID", 300);
        TinyGazetteer.Add(b, 0, "North", 9.17, 13.71, 598_000, "A.ADM1", "CM", "13", 99);
        TinyGazetteer.Add(b, 98182, "Baghdad", 33.34058, 44.40088, 7_216_000, "P.PPLC", "IQ", "07", 0);
        TinyGazetteer.Add(b, 2332459, "Lagos", 6.45407, 3.39467, 9_000_000, "P.PPLA", "NG", "05", 0);
        TinyGazetteer.Add(b, 2643743, "London", 51.50853, -0.12574, 8_961_989, "P.PPLC", "GB", "ENG", 0);
        TinyGazetteer.Add(b, 4733624, "Spring", 30.07994, -95.41716, 54_298, "P.PPL", "US", "TX", 0);
        TinyGazetteer.Add(b, 5520687, "Earth", 34.23314, -102.41075, 1_012, "P.PPL", "US", "TX", 0);
        TinyGazetteer.Add(b, (int)GraceIdaho, "Grace", 42.57603, -111.73051, 897, "P.PPL", "US", "ID", 0);
        TinyGazetteer.Add(b, 5294000, "Blue", 33.59, -109.09, 200, "P.PPL", "US", "AZ", 0);
        TinyGazetteer.Add(b, 2322911, "Sokoto", 13.06092, 5.23902, 427_760, "P.PPLA", "NG", "51", 0);
        NpmGazetteerSource.AddRegions(b);
        return b.Build();
    }

    /// <summary>Runs the places stage; <paramref name="entities"/> tags a phrase with an NER type, as the NER stage would.</summary>
    static Doc Run(string text, params (string Phrase, string Type)[] entities)
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        foreach (var (phrase, type) in entities)
        {
            int start = text.IndexOf(phrase, StringComparison.Ordinal), end = start + phrase.Length;
            for (int t = doc.TokenAtOrAfter(start); t < doc.Count && doc.TokenStarts[t] < end; t++)
            {
                doc.EntityIob[t] = (byte)(doc.TokenStarts[t] == start ? 1 : 2);
                doc.EntityType[t] = type;
            }
        }
        new PlacesStage(Lookup.Value).Process(doc);
        return doc;
    }

    static bool Near(Place p, double lat, double lon, double km = 161) =>
        p.Lat is { } la && p.Lon is { } lo && new GeoPoint(la, lo).DistanceKm(new GeoPoint(lat, lon)) <= km;

    [Fact]
    public void An_event_named_after_a_people_is_not_a_town()
    {
        const string text = "Protests of the Arab Spring spread across the region.";
        Assert.DoesNotContain(Run(text, ("Spring", "GPE")).Places, p => p.Country == "USA");
        Assert.DoesNotContain(Run(text).Places, p => p.Country == "USA");
    }

    [Fact]
    public void A_compass_demonym_phrase_is_the_region_not_an_admin_area_named_north()
    {
        const string text = "The North African nation held elections on Sunday.";
        foreach (var doc in new[] { Run(text, ("North", "GPE")), Run(text) })
        {
            Assert.DoesNotContain(doc.Places, p => p.Country == "CMR");
            var region = Assert.Single(doc.Places);
            Assert.Equal(("North African", "L.RGN"), (region.Text, region.Feature));
        }
    }

    [Fact]
    public void The_capital_named_by_a_demonym_is_that_country_s_capital()
    {
        var doc = Run("Officials in the Iraqi capital said talks would resume.", ("Iraqi", "NORP"));
        var capital = Assert.Single(doc.Places);
        Assert.Equal(("Iraqi capital", 98182L), (capital.Text, capital.GeonameId));
    }

    [Fact]
    public void A_person_the_document_names_is_not_a_village_of_that_name()
    {
        var doc = Run("Grace Mugabe flew to London. Grace told reporters the talks had failed.",
            ("Grace Mugabe", "PER"), ("London", "GPE"), ("Grace", "GPE"));
        Assert.DoesNotContain(doc.Places, p => p.GeonameId == GraceIdaho);
        Assert.Single(doc.Places, p => p.Text == "London");
    }

    [Fact]
    public void A_small_homonym_with_nothing_placing_it_is_not_geocoded_but_one_after_a_preposition_is()
    {
        Assert.DoesNotContain(Run("Grace told reporters that the Blue House had rejected the plan.", ("Grace", "GPE"), ("Blue House", "LOC")).Places,
            p => p.GeonameId == GraceIdaho || p.Lat != null);
        Assert.Single(Run("Snow fell in Grace overnight.", ("Grace", "GPE")).Places, p => p.GeonameId == GraceIdaho);
    }

    [Fact]
    public void A_building_the_gazetteer_lacks_does_not_take_a_village_named_like_its_first_word() =>
        Assert.Empty(Lookup.Value.Find("Blue House"));

    [Fact]
    public void A_famous_feature_wins_over_the_focus_of_the_document()
    {
        var doc = Run("Officials in London said detainees at Guantanamo Bay were moved.", ("London", "GPE"), ("Guantanamo Bay", "LOC"));
        var bay = Assert.Single(doc.Places, p => p.Text == "Guantanamo Bay");
        Assert.True(Near(bay, 19.95, -75.15, 50), $"{bay.Lat},{bay.Lon}");
        Assert.False(bay.Approximate);
    }

    [Fact]
    public void A_name_with_a_head_word_falls_back_to_the_large_place_it_starts_with()
    {
        var found = Lookup.Value.Find("Sokoto State");
        Assert.Equal("Sokoto", Lookup.Value.Gazetteer[Assert.Single(found).Entry].Name);
        Assert.Equal(NameMatch.WithoutHead, found[0].Match);
    }

    [Theory]
    [InlineData("Scientists said Earth had warmed.", "Earth")]
    [InlineData("Leaders from around the World met.", "World")]
    public void The_planet_and_the_world_are_not_places(string text, string name) =>
        Assert.Empty(Run(text, (name, "GPE")).Places);

    [Fact]
    public void An_unknown_company_tagged_as_a_place_gets_no_point()
    {
        var doc = Run("Volkswagen said it would build a plant in Lagos, Nigeria.", ("Volkswagen", "GPE"), ("Lagos", "GPE"), ("Nigeria", "GPE"));
        Assert.DoesNotContain(doc.Places, p => p.Text == "Volkswagen");
        Assert.Equal(["Lagos", "Nigeria"], doc.Places.Select(p => p.Text));
    }
}
