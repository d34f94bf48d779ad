namespace Sitrep.Ingest.Html;

/// <summary>Tag classes the extractor reasons with (lower-case local names).</summary>
internal static class HtmlTags
{
    /// <summary>Never article text, skipped with their whole subtree.</summary>
    public static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "select", "option", "input", "textarea", "label", "nav", "aside", "footer", "head", "title", "meta", "link", "dialog",
    };

    /// <summary>Elements that start a new paragraph of output text.</summary>
    public static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "figure", "figcaption", "form", "fieldset",
        "address", "hr", "br", "center", "details", "summary", "body", "html",
    };

    /// <summary>Elements whose own text counts as one scored paragraph.</summary>
    public static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal) { "p", "pre", "td", "blockquote", "dd" };

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';
}
