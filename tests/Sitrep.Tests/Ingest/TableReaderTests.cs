using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public class TableReaderTests : ReaderTestBase
{
    [Fact]
    public void Jsonl_records_use_the_default_columns()
    {
        var path = Inputs.Write("c.jsonl",
            """
            {"title":"Bridge closed","body":"Police closed the bridge on Monday.","published":"2021-05-03","url":"https://example.org/b"}

            {"headline":"Vote delayed","text":"The vote was delayed by a week.","date":"May 4, 2021"}
            """);
        var docs = TempInputs.Docs(TempInputs.Read(path));
        Assert.Equal(2, docs.Count);
        Assert.Equal(("Bridge closed", "Police closed the bridge on Monday.", "2021-05-03", "https://example.org/b", "line 1"),
            (docs[0].Info.Title, docs[0].Text, docs[0].Info.Published?.Value, docs[0].Info.Url, docs[0].Info.Locator));
        Assert.Equal(("Vote delayed", "2021-05-04", "line 3"), (docs[1].Info.Title, docs[1].Info.Published?.Value, docs[1].Info.Locator));
    }

    [Fact]
    public void Named_columns_override_the_defaults()
    {
        var path = Inputs.Write("d.jsonl", """{"story":"Rain fell across the region.","label":"Weather"}""");
        var options = new IngestOptions { TextColumn = "story", TitleColumn = "label" };
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(path, options)));
        Assert.Equal(("Weather", "Rain fell across the region."), (doc.Info.Title, doc.Text));
        var error = Assert.Single(TempInputs.Errors(TempInputs.Read(path)));
        Assert.Contains("no text column", error.Message);
    }

    [Fact]
    public void Csv_rows_are_documents_with_quoted_multiline_text()
    {
        var path = Inputs.Write("e.csv", "title,text,date\n\"Strike ends\",\"Workers returned on Monday.\n\nTalks continue.\",2020-02-01\nCurfew lifted,The curfew was lifted.,2020-02-02\n");
        var docs = TempInputs.Docs(TempInputs.Read(path));
        Assert.Equal(2, docs.Count);
        Assert.Equal("Workers returned on Monday.\n\nTalks continue.", docs[0].Text);
        Assert.Equal(("Curfew lifted", "2020-02-02"), (docs[1].Info.Title, docs[1].Info.Published?.Value));
    }
}
