namespace Sitrep.Tests.Ingest;

public class HtmlReaderTests : ReaderTestBase
{
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Ceasefire holds in Dera | Example News</title>
        <meta property="og:title" content="Ceasefire holds in Dera">
        <meta property="article:published_time" content="2024-03-05T08:30:00Z">
        <meta name="author" content="Jane Roe">
        </head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="article-body">
          <h1>Ceasefire holds in Dera</h1>
          <p>A ceasefire between government forces and rebels held for a third day in Dera on Tuesday, residents said, after weeks of shelling.</p>
          <figure><img src="x.jpg"><figcaption>Residents return to the market in Dera on March 4.</figcaption></figure>
          <p>"The night was quiet for the first time in a month," said Amal Haddad, a teacher, adding that shops had begun to reopen.</p>
          <p>At least 40 people were killed in the fighting last week, according to a local monitoring group, and hundreds fled north.</p>
          <p>Please let us know if you're having issues with commenting.</p>
        </div>
        <div class="related-links"><a href="/1">Talks resume in the capital</a> <a href="/2">Aid convoy reaches the north</a></div>
        <footer>Copyright 2024 Example News</footer>
        </body></html>
        """;

    [Fact]
    public void Main_text_metadata_and_captions_come_from_the_page()
    {
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("page.html", Page))));
        Assert.Equal("Ceasefire holds in Dera", doc.Info.Title);
        Assert.Equal("Jane Roe", doc.Info.Byline);
        Assert.Equal("2024-03-05T08:30:00Z", doc.Info.Published?.Value);
        Assert.False(doc.Info.Published?.Inferred);
        Assert.Equal(["Residents return to the market in Dera on March 4."], doc.Info.Captions);
        Assert.StartsWith("A ceasefire between government forces", doc.Text);
        Assert.EndsWith("hundreds fled north.", doc.Text);
        Assert.Equal(3, doc.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Home", doc.Text);
        Assert.DoesNotContain("Talks resume", doc.Text);
        Assert.Contains(doc.Info.Dropped, d => d.Reason == "comment-prompt");
        Assert.Equal("en", doc.Info.Language);
    }

    [Fact]
    public void Json_ld_supplies_headline_author_and_date()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Floods cut the coast road",
             "datePublished":"2023-11-02","author":[{"@type":"Person","name":"Ali Kaya"},{"@type":"Person","name":"Mia Berg"}]}]}
            </script></head><body><article><p>Floods cut the coast road near Trabzon on Thursday, stranding hundreds of drivers overnight.</p></article></body></html>
            """;
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("ld.html", html))));
        Assert.Equal("Floods cut the coast road", doc.Info.Title);
        Assert.Equal("Ali Kaya, Mia Berg", doc.Info.Byline);
        Assert.Equal("2023-11-02", doc.Info.Published?.Value);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_meta_tags_do_not()
    {
        const string html = """<html><body><article><time datetime="2022-07-14T10:00:00+02:00">14 July</time><p>Protesters gathered outside parliament in the capital on Thursday, police said.</p></article></body></html>""";
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("t.htm", html))));
        Assert.Equal("2022-07-14T10:00:00+02:00", doc.Info.Published?.Value);
    }
}

public class HtmlMetadataTests
{
    [Theory]
    [InlineData("Rebels take the airport | Example News", null, "Rebels take the airport")]
    [InlineData("Rebels take the airport - The Daily Example Newspaper Group", "The Daily Example Newspaper Group", "Rebels take the airport")]
    [InlineData("Talks - round two", null, "Talks - round two")]
    public void Site_names_are_cut_from_titles(string title, string? siteName, string expected) =>
        Assert.Equal(expected, Sitrep.Ingest.Html.HtmlMetadata.WithoutSiteName(title, siteName));

    [Theory]
    [InlineData("By Jane Roe", "Jane Roe")]
    [InlineData("Jane Roe - Apr 16, 2015 8:02 pm UTC", "Jane Roe")]
    [InlineData("Jane Roe March 11, 2015 3:46 PM", "Jane Roe")]
    [InlineData("Jane Roe and Ali Kaya", "Jane Roe and Ali Kaya")]
    public void Bylines_lose_by_and_dates(string byline, string expected) =>
        Assert.Equal(expected, Sitrep.Ingest.Html.HtmlMetadata.CleanByline(byline));
}
