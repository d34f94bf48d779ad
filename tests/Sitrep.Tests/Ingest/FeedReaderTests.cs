namespace Sitrep.Tests.Ingest;

public class FeedReaderTests : ReaderTestBase
{
    [Fact]
    public void Each_rss_item_is_a_document_and_html_content_becomes_text()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Example Wire</title><link>https://example.org/</link><description>Wire</description>
            <item><title>Port reopens after strike</title><link>https://example.org/port</link>
              <pubDate>Tue, 05 Mar 2024 09:15:00 GMT</pubDate>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The port of Varna reopened on Tuesday after a three-day strike.</p><figure><figcaption>Cranes idle at Varna.</figcaption></figure><p>Unions said talks would continue.</p>]]></content:encoded>
            </item>
            <item><title>Election date set</title><link>https://example.org/vote</link>
              <description>The electoral commission set the vote for June 9, officials said.</description>
            </item>
            </channel></rss>
            """;
        var docs = TempInputs.Docs(TempInputs.Read(Inputs.Write("wire.xml", rss)));
        Assert.Equal(2, docs.Count);
        Assert.Equal("Port reopens after strike", docs[0].Info.Title);
        Assert.Equal("https://example.org/port", docs[0].Info.Url);
        Assert.Equal("2024-03-05T09:15:00Z", docs[0].Info.Published?.Value);
        Assert.Equal("The port of Varna reopened on Tuesday after a three-day strike.\n\nUnions said talks would continue.", docs[0].Text);
        Assert.Equal(["Cranes idle at Varna."], docs[0].Info.Captions);
        Assert.Equal("item 1", docs[0].Info.Locator);
        Assert.Equal("The electoral commission set the vote for June 9, officials said.", docs[1].Text);
    }

    [Fact]
    public void Atom_entries_are_documents()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
            <entry><title>Dam talks stall</title><id>urn:1</id><updated>2024-01-02T10:00:00Z</updated>
              <author><name>Lea Novak</name></author><link href="https://example.org/dam"/>
              <content type="html">&lt;p&gt;Talks over the dam stalled on Tuesday in Addis Ababa.&lt;/p&gt;</content></entry>
            </feed>
            """;
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("feed.atom", atom))));
        Assert.Equal("Dam talks stall", doc.Info.Title);
        Assert.Equal("Lea Novak", doc.Info.Byline);
        Assert.Equal("2024-01-02T10:00:00Z", doc.Info.Published?.Value);
        Assert.Equal("Talks over the dam stalled on Tuesday in Addis Ababa.", doc.Text);
    }
}
