using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>Turns kept elements into paragraphs, leaving out furniture blocks, headline repeats, bylines and captions.</summary>
internal sealed class TextCollector(string? title, ExtractionPass pass)
{
    readonly StringBuilder _current = new();
    readonly string? _title = title is null ? null : Collapse(title);

    public List<string> Paragraphs { get; } = [];
    public List<string> Captions { get; } = [];

    public void Emit(IElement element, Dictionary<IElement, NodeStats> stats)
    {
        Walk(element, stats, pass.CleanConditionally);
        Flush();
    }

    void Walk(INode node, Dictionary<IElement, NodeStats> stats, bool clean)
    {
        if (node.NodeType == NodeType.Text)
        {
            AppendCollapsed(node.TextContent);
            return;
        }
        if (node is not IElement e) return;
        var tag = e.LocalName;
        if (!stats.TryGetValue(e, out var s) || s.Skipped) return;
        if (tag == "figcaption")
        {
            var caption = Collapse(e.TextContent);
            if (caption.Length > 0 && !Captions.Contains(caption)) Captions.Add(caption);
            return;
        }
        if (clean && Unwanted(e, s)) return;
        bool block = HtmlTags.Blocks.Contains(tag);
        if (block) Flush();
        if (tag == "br") return;
        foreach (var child in e.ChildNodes) Walk(child, stats, clean);
        if (block) Flush();
    }

    /// <summary>Readability-style conditional cleaning of containers that look like furniture.</summary>
    bool Unwanted(IElement e, NodeStats s)
    {
        var tag = e.LocalName;
        if (HtmlTags.IsHeading(tag))
        {
            var text = Collapse(e.TextContent);
            return tag == "h1" || (_title != null && string.Equals(text, _title, StringComparison.OrdinalIgnoreCase)) ||
                   ArticleExtractor.ClassWeight(e, pass) < 0;
        }
        if (s.TextChars < 100 && IsByline(e)) return true;
        if (tag is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "header" or "figure" or "span" or "dl")) return false;
        int weight = ArticleExtractor.ClassWeight(e, pass);
        if (weight < 0) return true;
        if (s.Commas >= 10) return false;
        double linkDensity = s.LinkDensity;
        bool isList = tag is "ul" or "ol";
        if (s.ImageCount > 1 && s.ParagraphCount < s.ImageCount / 2.0 && s.TextChars < 200) return true;
        if (!isList && s.ListItemCount > s.ParagraphCount && s.ListItemCount > 3 && linkDensity > 0.3) return true;
        if (isList && linkDensity > 0.5) return true;
        if (s.TextChars < MinText && s.ImageCount == 0 && s.ParagraphCount == 0 && linkDensity > 0) return true;
        if (weight < 25 && linkDensity > 0.33) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        return false;
    }

    const int MinText = 25;

    static bool IsByline(IElement e) =>
        e.GetAttribute("rel") == "author" || e.GetAttribute("itemprop")?.Contains("author") == true ||
        BoilerplateHints.Byline.IsMatch(ArticleExtractor.Hint(e));

    void AppendCollapsed(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (_current.Length > 0 && _current[^1] != ' ') _current.Append(' ');
            }
            else _current.Append(ch);
        }
    }

    void Flush()
    {
        int end = _current.Length;
        while (end > 0 && _current[end - 1] == ' ') end--;
        if (end > 0) Paragraphs.Add(_current.ToString(0, end));
        _current.Clear();
    }

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(ch);
        }
        return sb.ToString().TrimEnd();
    }
}
