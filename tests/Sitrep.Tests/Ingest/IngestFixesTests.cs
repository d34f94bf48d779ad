using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>Inputs that used to be rejected or misread: loose RSS, RDF, title-only items, JSON arrays, bad metadata dates, housekeeping files.</summary>
public class IngestFixesTests : ReaderTestBase
{
    [Fact]
    public void Rss_without_a_version_and_rdf_feeds_are_read_with_title_only_items_kept()
    {
        const string rss = """
            <?xml version="1.0"?>
            <rss><channel><title>Test Wire</title>
            <item><title>Troops enter the town</title><link>https://wire.example/a</link><description>Troops entered the town on Monday.</description><pubDate>Mon, 17 Oct 2016 10:00:00 GMT</pubDate></item>
            <item><title>Coalition to attack the city</title><link>https://wire.example/b</link></item>
            </channel></rss>
            """;
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://wire.example/"><title>RDF Wire</title><link>https://wire.example/</link><description>x</description></channel>
            <item rdf:about="https://wire.example/c"><title>Rebels shell the port</title><link>https://wire.example/c</link><description>Rebels shelled the port on Tuesday.</description><dc:date>2016-10-18T09:00:00Z</dc:date></item>
            </rdf:RDF>
            """;
        var loose = TempInputs.Docs(TempInputs.Read(Inputs.Write("loose.rss", rss)));
        Assert.Equal(2, loose.Count);
        Assert.Equal("2016-10-17T10:00:00Z", loose[0].Info.Published?.Value);
        Assert.Equal("Test Wire", loose[0].Info.Publisher);
        Assert.Equal("Coalition to attack the city", loose[1].Text);
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("wire.rdf", rdf))));
        Assert.Equal(("Rebels shell the port", "Rebels shelled the port on Tuesday.", "https://wire.example/c"), (doc.Info.Title, doc.Text, doc.Info.Url));
        Assert.Equal("2016-10-18T09:00:00Z", doc.Info.Published?.Value);
    }

    [Fact]
    public void Json_arrays_and_pretty_printed_objects_are_documents_not_lines()
    {
        var array = Inputs.Write("many.json", "[\n  {\"title\": \"A\", \"text\": \"Troops entered the town.\"},\n  {\"title\": \"B\", \"text\": \"Rebels shelled the port.\"}\n]\n");
        var pretty = Inputs.Write("one", "{\n  \"title\": \"Pretty\",\n  \"text\": \"Police arrested ten protesters.\"\n}\n");
        List<IngestResult> results = [.. TempInputs.Read(array), .. TempInputs.Read(pretty)];
        Assert.DoesNotContain(results, r => r is IngestError);
        Assert.Equal(["A", "B", "Pretty"], TempInputs.Docs(results).Select(d => d.Info.Title));
    }

    [Fact]
    public void An_impossible_metadata_date_is_ignored_with_a_warning()
    {
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("a.jsonl", "{\"text\": \"Troops entered the town.\", \"date\": \"0001-01-01\"}\n"))));
        Assert.Null(doc.Info.Published);
        Assert.Contains(doc.Info.Warnings, w => w.Contains("0001-01-01"));
    }

    [Fact]
    public void Housekeeping_and_database_files_are_skipped_with_a_note()
    {
        Inputs.Write("corpus/SOURCE.md", "Where these articles came from.");
        Inputs.Write("corpus/article.txt", "Troops entered the town on Monday.");
        Inputs.Write("corpus/sitrep.db", [.. "SQLite format 3\0"u8, .. new byte[200]]);
        Inputs.Write("corpus/sitrep.db-wal", new byte[64]);
        var results = TempInputs.Read(Path.Combine(Inputs.Folder, "corpus"));
        Assert.Single(TempInputs.Docs(results));
        Assert.DoesNotContain(results, r => r is IngestError);
        Assert.Equal(3, results.OfType<IngestSkipped>().Count());
    }
}
