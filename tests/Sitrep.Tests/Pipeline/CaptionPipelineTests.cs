using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.PipelineRuns;

public class CaptionPipelineTests
{
    static Doc Analyse(string text, params string[] captions)
    {
        var doc = new Doc(text);
        doc.Info.Captions.AddRange(captions);
        Assert.Null(Support.TestAnalyzer.Full.TryAnalyze(doc));
        return doc;
    }

    [Fact]
    public void A_full_date_in_a_caption_anchors_the_document_date()
    {
        var doc = Analyse("Rebels shelled the town on Sunday, officials said.", "Soldiers stand guard in Kirkuk on May 3, 2017.");
        Assert.NotNull(doc.Info.Published);
        Assert.True(doc.Info.Published!.Inferred);
        Assert.Equal("2017-05-07", doc.Info.Published.Value);   // the Sunday after Wednesday 3 May
        Assert.Contains("caption", doc.Info.Published.Evidence);
    }

    [Fact]
    public void Events_told_in_captions_point_into_their_caption()
    {
        var caption = "Iraqi troops deploy near Kirkuk on May 3, 2017 ahead of the offensive.";
        var doc = Analyse("The offensive began on Monday.", caption);
        var fromCaption = doc.Events.Where(e => e.CaptionIndex == 0).ToList();
        Assert.NotEmpty(fromCaption);
        Assert.All(fromCaption, e => Assert.StartsWith("C1-", e.Id));
        Assert.All(fromCaption, e => Assert.True(e.Sentence.End <= caption.Length));
        var json = DocJsonWriter.ToJson(doc);
        Assert.Contains("\"source\":\"captions[0]\"", json);
        var kirkuk = Assert.Single(doc.Places, p => p.CaptionIndex == 0);
        Assert.Equal("Kirkuk", caption[kirkuk.StartChar..kirkuk.EndChar]);
        var date = Assert.Single(doc.Timexes, t => t.CaptionIndex == 0);
        Assert.Equal(("May 3, 2017", "2017-05-03"), (caption[date.StartChar..date.EndChar], date.Value));
        Assert.Equal(json, DocJsonWriter.ToJson(DocJsonReader.Read(json)));
    }

    [Fact]
    public void Names_never_run_across_quote_marks()
    {
        var doc = Analyse("He said Gen. Townsend “will be” carrying out operations in Mosul “simultaneously,” adding more.");
        foreach (var span in doc.EntitySpans)
            Assert.DoesNotContain('“', span.TextString);
    }
}

public class ArticleNamePlacementTests
{
    [SkippableFact]
    public void A_name_with_an_arabic_article_kept_in_one_token_takes_its_relative_position()
    {
        Skip.If(Support.TestAnalyzer.Gazetteer.Gazetteer is null, "the gazetteer (deps/npm, installed by setup.sh) is not here");
        var doc = new Doc("Troops massed in the area of al-Qasra, some 20 kms east of Kirkuk, on Monday.");
        Assert.Null(Support.TestAnalyzer.Full.TryAnalyze(doc));
        var place = Assert.Single(doc.Places, p => p.Text == "al-Qasra");
        Assert.True(place.Approximate);
        Assert.Equal("Kirkuk", place.Anchor);
        Assert.NotNull(place.RadiusKm);
    }
}
