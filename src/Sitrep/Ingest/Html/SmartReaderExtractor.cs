using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Html;

/// <summary>SmartReader's article HTML, reduced to paragraphs the same way as the own extractor's.</summary>
internal static class SmartReaderExtractor
{
    static readonly HtmlParser Parser = new(HtmlExtraction.FastOptions);

    public static ExtractedText Extract(string html, string? url)
    {
        var reader = new SmartReader.Reader(url ?? "https://localhost/", html);
        var article = reader.GetArticle();
        if (!article.Completed || string.IsNullOrEmpty(article.Content)) return new ExtractedText([], []);
        var document = Parser.ParseDocument(article.Content);
        return document.Body is null ? new ExtractedText([], []) : ArticleExtractor.AllText(document.Body);
    }
}
