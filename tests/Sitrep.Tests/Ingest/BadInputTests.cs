using System.Text;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>Each bad input gives one error line naming the file (and row or record), and the batch goes on.</summary>
public class BadInputTests : ReaderTestBase
{
    IngestError OnlyError(string path)
    {
        var results = TempInputs.Read(path);
        var error = Assert.Single(results.OfType<IngestError>());
        Assert.Single(results);
        Assert.StartsWith(path, error.Location);
        Assert.DoesNotContain('\n', error.ToString());
        return error;
    }

    [Fact]
    public void Empty_file() => Assert.Equal("empty file", OnlyError(Inputs.Write("empty.txt", "")).Message);

    [Fact]
    public void Whitespace_only_file() => Assert.Equal("empty file", OnlyError(Inputs.Write("blank.txt", " \n\n \t\n")).Message);

    [Fact]
    public void Binary_file() =>
        Assert.Contains("binary", OnlyError(Inputs.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])).Message);

    [Fact]
    public void Missing_file() => Assert.Equal("no such file or directory", OnlyError(Path.Combine(Inputs.Folder, "nope.txt")).Message);

    [Fact]
    public void Invalid_utf8_is_replaced_and_flagged()
    {
        byte[] bytes = [.. "Shelling hit the caf"u8, 0xE9, .. " on the square."u8];
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("latin1.txt", bytes))));
        Assert.Equal("Shelling hit the caf\uFFFD on the square.", doc.Text);
        Assert.Equal(["invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"], doc.Info.Warnings);
    }

    [Fact]
    public void Truncated_gzip()
    {
        var full = TempInputs.Gzip(string.Concat(Enumerable.Repeat("The convoy moved north through the night. ", 400)));
        var error = OnlyError(Inputs.Write("cut.txt.gz", full[..(full.Length / 2)]));
        Assert.Contains("gzip", error.Message);
    }

    [Fact]
    public void Truncated_tar_gz_keeps_the_entries_before_the_damage()
    {
        var full = TempInputs.TarGz(("a.txt", "First complete story."), ("b.txt", string.Concat(Enumerable.Repeat("Filler text. ", 5000))));
        var results = TempInputs.Read(Inputs.Write("cut.tar.gz", full[..(full.Length * 3 / 4)]));
        Assert.Equal("First complete story.", Assert.Single(TempInputs.Docs(results)).Text);
        Assert.NotEmpty(TempInputs.Errors(results));
    }

    [Fact]
    public void Malformed_html_without_text() =>
        Assert.Equal("no text", OnlyError(Inputs.Write("broken.html", "<html><body><div><script>var x = 1;</script><div")).Message);

    [Fact]
    public void Malformed_html_still_yields_its_text()
    {
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("open.html", "<html><body><p>Troops crossed the river at dawn, officials said<p>Two were hurt"))));
        Assert.Equal("Troops crossed the river at dawn, officials said\n\nTwo were hurt", doc.Text);
    }

    [Fact]
    public void Malformed_xml_feed() =>
        Assert.StartsWith("malformed XML", OnlyError(Inputs.Write("bad.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</item></channel></rss>")).Message);

    [Fact]
    public void Xml_that_is_not_a_feed() =>
        Assert.Contains("not an RSS 2.0 or Atom feed", OnlyError(Inputs.Write("other.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>")).Message);

    [Fact]
    public void Bad_csv_row_is_one_error_and_the_other_rows_are_read()
    {
        var path = Inputs.Write("rows.csv", "title,text\nOne,First row text.\nTwo,\"Unclosed quote,Third\nFour,Fourth row text.\nFive,Fifth,extra field\n");
        var results = TempInputs.Read(path);
        var errors = TempInputs.Errors(results);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@":line \d+$", e.Location));
        Assert.Contains("First row text.", TempInputs.Docs(results).Select(d => d.Text));
    }

    [Fact]
    public void Bad_jsonl_line_is_one_error_naming_the_line()
    {
        var results = TempInputs.Read(Inputs.Write("lines.jsonl", "{\"text\":\"Good line one.\"}\n{\"text\": oops}\n{\"text\":\"Good line three.\"}\n"));
        Assert.Equal(2, TempInputs.Docs(results).Count);
        Assert.EndsWith(":line 2", Assert.Single(TempInputs.Errors(results)).Location);
    }

    [Fact]
    public void Malformed_warc_record_is_one_error_and_reading_resumes()
    {
        byte[] warc =
        [
            .. "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n\r\n"u8, // no Content-Length
            .. WarcReaderTests.Record("response", "https://example.org/a", WarcReaderTests.Response(WarcReaderTests.Html)),
        ];
        var results = TempInputs.Read(Inputs.Write("bad.warc", warc));
        var error = Assert.Single(TempInputs.Errors(results));
        Assert.EndsWith(":record 1", error.Location);
        Assert.Contains("Content-Length", error.Message);
        Assert.Single(TempInputs.Docs(results));
    }

    [Fact]
    public void Truncated_warc_record()
    {
        var record = WarcReaderTests.Record("response", "https://example.org/a", WarcReaderTests.Response(WarcReaderTests.Html));
        var error = OnlyError(Inputs.Write("cut.warc", record[..(record.Length - 40)]));
        Assert.Contains("truncated record", error.Message);
    }

    [Fact]
    public void Oversize_document_is_cut_with_a_warning()
    {
        var text = string.Concat(Enumerable.Repeat("Artillery fire was heard overnight. ", 100));
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("long.txt", text), new IngestOptions { MaxDocumentChars = 500 })));
        Assert.True(doc.Text.Length <= 500);
        Assert.Contains(doc.Info.Warnings, w => w.Contains("cut at 500"));
    }

    [Fact]
    public void One_bad_file_does_not_stop_the_batch()
    {
        var good = Inputs.Write("good.txt", "A complete story.");
        var empty = Inputs.Write("empty.txt", "");
        var results = DocumentSource.Read([empty, good], new IngestOptions()).ToList();
        Assert.IsType<IngestError>(results[0]);
        Assert.IsType<IngestedDocument>(results[1]);
    }
}
