using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Readers;

/// <summary>One HTML page per file: its main text, with title, byline, date, captions from the markup.</summary>
internal static partial class HtmlReader
{
    /// <summary>Markup outweighs text; the raw page may be this many times the document cap.</summary>
    const int MarkupAllowance = 8;

    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options, ReadOnlySpan<byte> head)
    {
        int cap = (int)Math.Min(int.MaxValue / 2, (long)options.MaxDocumentChars * MarkupAllowance);
        var decoded = TextDecoding.Read(stream, cap, DeclaredEncoding(head));
        return [DocumentBuilder.Build(FromHtml(decoded.Text, source, decoded.Warnings(cap), null, options), options)];
    }

    public static RawDocument FromHtml(string html, SourceInput source, IEnumerable<string> warnings, string? url, IngestOptions options)
    {
        var article = HtmlExtraction.Extract(html, options.HtmlExtractor, url);
        var meta = article.Metadata;
        return new RawDocument(source, article.Body.Text)
        {
            Url = url ?? meta.Url,
            Title = meta.Title,
            Byline = meta.Byline,
            Publisher = meta.Publisher,
            Published = meta.Published,
            DeclaredLanguage = meta.Language,
            Captions = article.Body.Captions,
            Warnings = [.. warnings],
        };
    }

    /// <summary>The charset a page declares in its first bytes (meta charset or http-equiv), when not UTF-8.</summary>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 4096)]);
        var m = CharsetRegex().Match(ascii);
        var encoding = m.Success ? TextDecoding.FromCharset(m.Groups[1].Value) : null;
        return encoding is UTF8Encoding ? null : encoding;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w:.-]+)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex CharsetRegex();
}
