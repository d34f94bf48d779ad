using Sitrep.Documents;

namespace Sitrep.Tests.Documents;

public class DocTests
{
    static Doc Sample()
    {
        var doc = new Doc("Carter visited Erbil. He left.");
        doc.SetTokens([0, 7, 15, 20, 22, 25, 29], [6, 14, 20, 21, 24, 29, 30]);
        doc.SetSentenceStarts([4]);
        return doc;
    }

    [Fact]
    public void Tokens_slice_the_text()
    {
        var doc = Sample();
        Assert.Equal(["Carter", "visited", "Erbil", ".", "He", "left", "."], doc.Select(t => t.TextString));
        Assert.False(doc[2].SpaceAfter);
        Assert.True(doc[1].SpaceAfter);
    }

    [Fact]
    public void Sentences_are_found_by_token_and_char()
    {
        var doc = Sample();
        Assert.Equal(2, doc.SentenceCount);
        Assert.Equal("He left.", doc.Sentence(1).TextString);
        Assert.Equal(1, doc.SentenceIndexOf(5));
        Assert.Equal(0, doc.SentenceIndexOf(3));
        Assert.Equal("visited Erbil", doc.SpanFromChars(9, 18).TextString);
    }

    [Theory]
    [InlineData(new[] { 0, 5 }, new[] { 6, 8 })]   // overlap
    [InlineData(new[] { 3 }, new[] { 3 })]         // empty
    [InlineData(new[] { 0 }, new[] { 99 })]        // past the end
    public void Bad_offsets_are_rejected(int[] starts, int[] ends)
    {
        var doc = new Doc("Carter visited Erbil.");
        Assert.Throws<ArgumentException>(() => doc.SetTokens(starts, ends));
    }

    [Fact]
    public void Json_round_trips()
    {
        var doc = Sample();
        doc.Info.Title = "A title";
        doc.Info.Dropped.Add(new DroppedText("Please comment.", "comment-prompt"));
        doc.Upos[0] = UPos.PROPN;
        doc.Head[0] = 1;
        doc.Deprel[0] = "nsubj";
        doc.EntityIob[0] = 1;
        doc.EntityType[0] = "PER";
        doc.Entities.Add(new Entity { Id = "E1", Type = "PER", Canonical = "Carter", Country = "USA", Mentions = { new Mention(0, 6, "Carter") } });
        doc.Timexes.Add(new Timex(0, 6, "Carter", "DATE", "2016"));
        doc.Places.Add(new Place(15, 20, "Erbil") { GeonameId = 95446, Lat = 36.19, Lon = 44.01 });
        doc.Quotes.Add(new Quote("direct", new CharSpan(22, 30)) { Speaker = "E1", Source = new CharSpan(0, 6) });
        doc.Events.Add(new EventRecord
        {
            Id = "V1", Type = "CONSULT", Sentence = new CharSpan(0, 21), Dead = new EventCount(1, 1, 2),
            Date = new EventDate("2016-10-23", "day"), Fields = { ["trigger"] = new CharSpan(7, 14) },
        });
        var json = DocJsonWriter.ToJson(doc);
        var back = DocJsonReader.Read(json);
        Assert.Equal(json, DocJsonWriter.ToJson(back));
    }
}
