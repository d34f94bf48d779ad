using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Html;

/// <summary>Which main-text extractor turns a page into body text.</summary>
public enum HtmlExtractor
{
    /// <summary>Sitrep's own Readability-style extractor (fast).</summary>
    Own,
    /// <summary>SmartReader (C# port of Mozilla Readability) alone.</summary>
    SmartReader,
    /// <summary>Own extractor, falling back to SmartReader when the own output looks too thin.</summary>
    Combined,
}

/// <summary>What a page yields: metadata and the article's paragraphs and captions.</summary>
internal sealed record HtmlArticle(HtmlMetadata Metadata, ExtractedText Body);

/// <summary>Parses a page once and extracts its metadata and main text.</summary>
internal static class HtmlExtraction
{
    /// <summary>Script, style and comment text is never article text; skipping it makes parsing about a third faster.</summary>
    internal static readonly HtmlParserOptions FastOptions = new()
    {
        IsScripting = false, SkipComments = true, SkipScriptText = true, SkipRawText = true, SkipCDATA = true,
        SkipProcessingInstructions = true, DisableElementPositionTracking = true, MaximumDepth = 512,
    };
    static readonly HtmlParser Parser = new(FastOptions);

    public static HtmlArticle Extract(string html, HtmlExtractor extractor = HtmlExtractor.Own, string? url = null)
    {
        var document = Parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document, html);
        var body = extractor switch
        {
            HtmlExtractor.SmartReader => SmartReaderExtractor.Extract(html, url),
            HtmlExtractor.Combined => Combine(ArticleExtractor.Extract(document, metadata.Title), html, url),
            _ => ArticleExtractor.Extract(document, metadata.Title),
        };
        return new HtmlArticle(metadata, body);
    }

    /// <summary>Text of a whole HTML fragment (a feed item's content), paragraphs kept, figcaptions apart.</summary>
    public static ExtractedText FragmentText(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.Body is null ? new ExtractedText([], []) : ArticleExtractor.AllText(document.Body);
    }

    static ExtractedText Combine(ExtractedText own, string html, string? url)
    {
        if (own.Text.Length >= ArticleExtractor.MinArticleChars) return own;
        var smart = SmartReaderExtractor.Extract(html, url);
        return smart.Text.Length > own.Text.Length ? smart with { Captions = [.. own.Captions.Union(smart.Captions)] } : own;
    }
}
