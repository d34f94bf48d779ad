using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Entities.Resolution;

namespace Sitrep.Tests.Entities;

public class CaptionEntitiesTests
{
    static readonly EntityResolver Resolver = new(Support.TestAnalyzer.Lexicon);

    static Doc Resolved(Doc doc)
    {
        Resolver.Resolve(doc);
        return doc;
    }

    [Fact]
    public void A_caption_acronym_joins_the_text_entity_and_a_new_name_becomes_its_own_entity()
    {
        var text = Resolved(TestDocs.Tokenized("Daesh fighters held the town. ISIL lost it in May.").Tag("Daesh", "ORG").Tag("ISIL", "ORG"));
        var caption = Resolved(TestDocs.Tokenized("Troops near Tikrit fight the Islamic State (IS) group.")
            .Tag("Islamic State", "ORG").Tag("IS", "ORG").Tag("Tikrit", "GPE"));

        var ids = CaptionEntities.Merge(text, caption, 0);

        var group = text.EntityWith("Daesh");
        Assert.Equal(["Daesh", "ISIL", "Islamic State", "IS"], group.Mentions.Select(m => m.Text));
        Assert.All(group.Mentions.Skip(2), m => Assert.Equal(0, m.CaptionIndex));
        var tikrit = text.EntityWith("Tikrit");
        Assert.StartsWith("C1-", tikrit.Id);
        Assert.Equal(group.Id, ids[caption.EntityWith("IS").Id]);
    }

    [Fact]
    public void A_caption_person_with_another_persons_surname_does_not_join_them()
    {
        var text = Resolved(TestDocs.Tokenized("John Smith spoke in Paris.").Tag("John Smith", "PER").Tag("Paris", "GPE"));
        var caption = Resolved(TestDocs.Tokenized("Mary Smith waves.").Tag("Mary Smith", "PER"));

        CaptionEntities.Merge(text, caption, 0);

        Assert.NotSame(text.EntityWith("John Smith"), text.EntityWith("Mary Smith"));
    }
}
