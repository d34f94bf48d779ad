using Sitrep.Documents;

namespace Sitrep.Tests.Events;

/// <summary>
/// Builds documents by hand with the columns earlier stages would fill, so the Events stage is tested on its own.
/// Tokens are given one by one; the text puts a space between tokens except before closing punctuation.
/// </summary>
sealed class TestDoc
{
    static readonly HashSet<string> NoSpaceBefore = [",", ".", ";", ":", "'s", "n't", ")", "?", "!"];

    public Doc Doc { get; }

    TestDoc(Doc doc) => Doc = doc;

    /// <summary>Sentences of space-separated tokens; each string is one sentence.</summary>
    public static TestDoc Of(params string[] sentences)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var sentenceStarts = new List<int>();
        foreach (var sentence in sentences)
        {
            sentenceStarts.Add(starts.Count);
            foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (text.Length > 0 && !NoSpaceBefore.Contains(token)) text.Append(' ');
                starts.Add(text.Length);
                text.Append(token);
                ends.Add(text.Length);
            }
        }
        var doc = new Doc(text.ToString(), new DocumentInfo { Id = "test", Published = new PublishedDate("2016-10-24") });
        doc.SetTokens([.. starts], [.. ends]);
        doc.SetSentenceStarts(sentenceStarts);
        return new TestDoc(doc);
    }

    /// <summary>One parse row per token: "lemma UPOS head deprel" with 1-based heads (0 = root), as in CoNLL-U.</summary>
    public TestDoc Parsed(params string[] rows)
    {
        Assert.Equal(Doc.Count, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            var f = rows[i].Split(' ');
            Doc.Lemma[i] = f[0];
            Doc.Upos[i] = UPosNames.Parse(f[1]);
            Doc.Head[i] = int.Parse(f[2]) - 1;
            Doc.Deprel[i] = f[3];
        }
        return this;
    }

    public TestDoc Entity(string id, string type, string mention, string? country = null, string? sector = null)
    {
        var (s, e) = Find(mention);
        var entity = Doc.Entities.FirstOrDefault(x => x.Id == id);
        if (entity is null)
        {
            entity = new Entity { Id = id, Type = type, Canonical = mention, Country = country, Sector = sector };
            Doc.Entities.Add(entity);
        }
        entity.Mentions.Add(new Mention(s, e, mention));
        return this;
    }

    public TestDoc Timex(string text, string value)
    {
        var (s, e) = Find(text);
        Doc.Timexes.Add(new Timex(s, e, text, "DATE", value));
        return this;
    }

    public TestDoc Place(string text, double lat, double lon, bool approximate = false, string? anchor = null)
    {
        var (s, e) = Find(text);
        Doc.Places.Add(new Place(s, e, text) { Name = text, Lat = lat, Lon = lon, Approximate = approximate, Anchor = anchor, RadiusKm = approximate ? 10 : null });
        return this;
    }

    public (int Start, int End) Find(string text)
    {
        int s = Doc.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(s >= 0, $"'{text}' not in '{Doc.Text}'");
        return (s, s + text.Length);
    }

    public List<EventRecord> Code()
    {
        new Sitrep.Events.EventsStage().Process(Doc);
        return Doc.Events;
    }

    public string Slice(EventRecord e, string field) => e.Fields[field].Slice(Doc.Text);
}
