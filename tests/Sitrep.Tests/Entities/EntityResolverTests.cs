using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Entities.Resolution;

namespace Sitrep.Tests.Entities;

public class EntityResolverTests
{
    static readonly EntityResolver Resolver = new(Support.TestAnalyzer.Lexicon);

    static Doc Resolve(Doc doc)
    {
        Resolver.Resolve(doc);
        return doc;
    }

    [Fact]
    public void Surname_joins_the_full_name_and_the_title_becomes_a_role()
    {
        const string text = "Defense Secretary Ashton Carter arrived in Oslo. Carter met reporters.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Carter", "PER").Tag("Ashton Carter", "PER").Tag("Oslo", "GPE"));
        var carter = doc.EntityWith("Ashton Carter");
        Assert.Equal("PER", carter.Type);
        Assert.Equal("Ashton Carter", carter.Canonical);
        Assert.Equal([new Mention(18, 31, "Ashton Carter"), new Mention(49, 55, "Carter", "surname")], carter.Mentions);
        Assert.Contains("Defense Secretary", carter.Roles);
        Assert.Equal("GOV", carter.Sector);
        Assert.Equal("USA", carter.Country);
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_apart_and_the_surname_goes_to_the_nearest_preceding_one()
    {
        const string text = "John Smith met Mary Smith in Paris. Smith said the talks went well.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Smith", "PER").Tag("John Smith", "PER").Tag("Mary Smith", "PER").Tag("Paris", "GPE"));
        var john = doc.EntityWith("John Smith");
        var mary = doc.EntityWith("Mary Smith");
        Assert.NotSame(john, mary);
        Assert.Single(john.Mentions);
        Assert.Equal([new Mention(15, 25, "Mary Smith"), new Mention(36, 41, "Smith", "surname")], mary.Mentions);
    }

    [Fact]
    public void A_name_tagged_with_another_type_once_takes_the_type_of_most_of_its_mentions()
    {
        const string text = "Forces moved on Raqqa. Raqqa fell quickly. Residents fled Raqqa.";
        var doc = TestDocs.Tokenized(text).Tag("Raqqa", "GPE");
        int second = text.IndexOf("Raqqa", text.IndexOf("Raqqa") + 1);
        doc.EntityType[doc.SpanFromChars(second, second + 5).StartToken] = "PER";
        Resolve(doc);
        var raqqa = Assert.Single(doc.Entities, e => e.Canonical == "Raqqa");
        Assert.Equal("GPE", raqqa.Type);
        Assert.Equal(3, raqqa.Mentions.Count);
    }

    [Fact]
    public void A_lone_surname_before_any_full_name_stays_separate()
    {
        const string text = "Smith spoke first. Later John Smith left.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Smith", "PER").Tag("John Smith", "PER"));
        Assert.Equal(2, doc.Entities.Count(e => e.Type == "PER"));
        Assert.NotSame(doc.EntityWith("John Smith"), doc.Entities.Single(e => e.Mentions.Any(m => m.StartChar == 0)));
    }

    [Fact]
    public void Bracketed_acronym_and_its_later_use_join_the_full_name()
    {
        const string text = "The National Unity Front (NUF) rejected the plan. A NUF official said so.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("National Unity Front", "ORG").Tag("NUF", "ORG"));
        var front = doc.EntityWith("National Unity Front");
        Assert.Equal(
            [new Mention(4, 24, "National Unity Front"), new Mention(26, 29, "NUF", "acronym"), new Mention(52, 55, "NUF", "acronym")],
            front.Mentions);
        Assert.Single(doc.Entities, e => e.Type == "ORG");
    }

    [Fact]
    public void Known_aliases_of_one_group_are_one_entity_with_its_sector()
    {
        const string text = "Daesh fighters held the town. ISIL lost it in May.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Daesh", "ORG").Tag("ISIL", "ORG"));
        var group = doc.EntityWith("Daesh");
        Assert.Equal("Islamic State", group.Canonical);
        Assert.Equal(["alias", "acronym"], group.Mentions.Select(m => m.Kind));
        Assert.Equal("REB", group.Sector);
    }

    [Fact]
    public void Organisation_before_a_rank_gives_the_person_country_and_sector()
    {
        const string text = "British Army Captain Tom Hughes was wounded near Basra.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Tom Hughes", "PER").Tag("Basra", "GPE"));
        var hughes = doc.EntityWith("Tom Hughes");
        Assert.Equal(("GBR", "MIL"), (hughes.Country, hughes.Sector));
        Assert.Contains("Captain", hughes.Roles);
        Assert.Equal(("GBR", "MIL"), (doc.EntityWith("British Army").Country, doc.EntityWith("British Army").Sector));
    }

    [Fact]
    public void News_outlet_is_a_journalist_organisation_and_the_newspaper_refers_back()
    {
        const string text = "The Guardian reported the attack. The newspaper cited two officials.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Guardian", "ORG"));
        var paper = doc.EntityWith("The Guardian");
        Assert.Equal(("ORG", "JRN"), (paper.Type, paper.Sector));
        Assert.Equal(new Mention(34, 47, "The newspaper", "description"), paper.Mentions[1]);
    }

    [Fact]
    public void Demonym_with_a_group_noun_is_an_actor_with_country_and_sector()
    {
        const string text = "Iraqi troops entered the town while Shiite militias waited.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Iraqi", "NORP").Tag("Shiite", "NORP"));
        var troops = doc.EntityWith("Iraqi troops");
        Assert.Equal(("IRQ", "MIL"), (troops.Country, troops.Sector));
        var militias = doc.EntityWith("Shiite militias");
        Assert.Equal((null, "PRM"), (militias.Country, militias.Sector));
        Assert.DoesNotContain(doc.Entities, e => e.Canonical == "Iraqi");
    }

    [Fact]
    public void He_refers_to_the_most_recent_person()
    {
        const string text = "Anna Berg visited Kyiv. Then Pavel Orlov arrived. He spoke briefly.";
        var doc = Resolve(TestDocs.Tokenized(text).Tag("Anna Berg", "PER").Tag("Pavel Orlov", "PER").Tag("Kyiv", "GPE"));
        Assert.Equal(new Mention(50, 52, "He", "pronoun"), doc.EntityWith("Pavel Orlov").Mentions[^1]);
    }

    [Fact]
    public void He_skips_a_name_that_is_mostly_a_place()
    {
        const string text = "Ilan Dor spoke. Tartus was shelled. Tartus fell. Tartus burned. He left.";
        var doc = TestDocs.Tokenized(text).Tag("Ilan Dor", "PER").Tag("Tartus", "GPE");
        var first = doc.SpanFromChars(16, 22);
        doc.EntityType[first.StartToken] = "PER";
        Resolve(doc);
        Assert.Equal("GPE", doc.EntityWith("Tartus").Type);
        Assert.Equal("pronoun", doc.EntityWith("Ilan Dor").Mentions[^1].Kind);
    }

    [Theory]
    [InlineData("Islamic State of Iraq and Syria", "ISIS")]
    [InlineData("Kurdistan Regional Government", "KRG")]
    public void Initials_skip_function_words(string name, string acronym) =>
        Assert.Contains(acronym, EntityResolver.Initials(name));
}
