using System.Text;

namespace Sitrep.Tests.Ingest;

public class WarcReaderTests : ReaderTestBase
{
    internal static byte[] Record(string type, string uri, string block, string contentType = "application/http; msgtype=response")
    {
        var body = Encoding.UTF8.GetBytes(block);
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" +
                     $"Content-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(header), .. body, .. "\r\n\r\n"u8];
    }

    internal static string Response(string html, string contentType = "text/html; charset=utf-8") =>
        $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n\r\n{html}";

    internal const string Html = "<html><head><title>Aid reaches Kassala</title></head><body><article><p>An aid convoy reached Kassala on Sunday, the first in two months, officials said.</p></article></body></html>";

    [Fact]
    public void Html_responses_become_documents_and_other_records_are_passed_over()
    {
        byte[] warc =
        [
            .. Record("warcinfo", "", "software: test\r\n", "application/warc-fields"),
            .. Record("request", "https://example.org/a", "GET /a HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
            .. Record("response", "https://example.org/a", Response(Html)),
            .. Record("response", "https://example.org/logo.png", Response("PNG", "image/png")),
        ];
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("crawl.warc", warc))));
        Assert.Equal("https://example.org/a", doc.Info.Url);
        Assert.Equal("record 3", doc.Info.Locator);
        Assert.Equal("Aid reaches Kassala", doc.Info.Title);
        Assert.Equal("An aid convoy reached Kassala on Sunday, the first in two months, officials said.", doc.Text);
    }

    [Fact]
    public void Warc_gz_with_one_gzip_member_per_record_is_read()
    {
        byte[] warc =
        [
            .. TempInputs.Gzip(Record("warcinfo", "", "software: test\r\n", "application/warc-fields")),
            .. TempInputs.Gzip(Record("response", "https://example.org/a", Response(Html))),
        ];
        var results = TempInputs.Read(Inputs.Write("crawl.warc.gz", warc));
        Assert.Empty(TempInputs.Errors(results));
        Assert.Equal("https://example.org/a", Assert.Single(TempInputs.Docs(results)).Info.Url);
    }
}
