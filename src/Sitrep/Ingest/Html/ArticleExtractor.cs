using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Main-text extraction in the manner of Readability: paragraphs score their ancestors (length, commas,
/// class/id hints, link density), the best container and its good siblings are kept, and furniture inside
/// them (link lists, forms, image grids, negative-hinted blocks) is left out. Figcaptions go to captions.
/// </summary>
internal static class ArticleExtractor
{
    const int MinParagraphChars = 25;
    /// <summary>Shorter results are retried with fewer heuristics, as Readability does.</summary>
    internal const int MinArticleChars = 500;

    static readonly ExtractionPass[] Passes =
    [
        new(StripUnlikely: true, WeightClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeightClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeightClasses: false, CleanConditionally: true),
        new(StripUnlikely: false, WeightClasses: false, CleanConditionally: false),
    ];

    /// <summary>The longest result of the passes tried, stopping at the first long enough to be an article.</summary>
    public static ExtractedText Extract(IDocument document, string? title)
    {
        ExtractedText? best = null;
        foreach (var pass in Passes)
        {
            var result = Extract(document, title, pass);
            if (best is null || result.Text.Length > best.Text.Length) best = result;
            if (best.Text.Length >= MinArticleChars) break;
        }
        return best!;
    }

    static ExtractedText Extract(IDocument document, string? title, ExtractionPass pass)
    {
        var body = document.Body;
        if (body is null) return new ExtractedText([], []);
        var stats = new Dictionary<IElement, NodeStats>(ReferenceEqualityComparer.Instance);
        Measure(body, stats, insideLink: false, pass);
        var candidates = new List<IElement>();
        Score(body, stats, candidates, pass);

        IElement? top = null;
        double topScore = 0;
        foreach (var c in candidates)
        {
            var s = stats[c];
            double final = s.Score * (1 - s.LinkDensity);
            s.FinalScore = final;
            if (final > topScore) (top, topScore) = (c, final);
        }
        top ??= body;
        top = Climb(top, stats);

        var output = new TextCollector(title, pass);
        var parent = top.ParentElement;
        if (parent is null || top == body)
            output.Emit(top, stats);
        else
        {
            double threshold = Math.Max(10, stats[top].FinalScore * 0.2);
            foreach (var sibling in parent.Children)
                if (sibling == top || KeepSibling(sibling, stats, threshold))
                    output.Emit(sibling, stats);
        }
        CollectCaptions(body, output);
        return new ExtractedText(output.Paragraphs, output.Captions);
    }

    /// <summary>All visible text under an element, without furniture cleaning (the content is already the article).</summary>
    public static ExtractedText AllText(IElement root)
    {
        var stats = new Dictionary<IElement, NodeStats>(ReferenceEqualityComparer.Instance);
        MeasureAll(root, stats);
        var output = new TextCollector(null, Passes[^1]);
        output.Emit(root, stats);
        return new ExtractedText(output.Paragraphs, output.Captions);
    }

    static void MeasureAll(IElement element, Dictionary<IElement, NodeStats> stats)
    {
        stats[element] = new NodeStats { Skipped = HtmlTags.Skipped.Contains(element.LocalName) };
        foreach (var child in element.Children) MeasureAll(child, stats);
    }

    /// <summary>A lone child holding nearly all its parent's text is not the article: its parent is.</summary>
    static IElement Climb(IElement top, Dictionary<IElement, NodeStats> stats)
    {
        while (top.ParentElement is { } parent && parent.LocalName != "body" && stats.TryGetValue(parent, out var p) &&
               stats.TryGetValue(top, out var t) && p.TextChars > 0 && t.TextChars >= 0.9 * p.TextChars && parent.Children.Length == 1)
            top = parent;
        return top;
    }

    static bool KeepSibling(IElement sibling, Dictionary<IElement, NodeStats> stats, double threshold)
    {
        if (!stats.TryGetValue(sibling, out var s) || s.Skipped) return false;
        if (s.FinalScore >= threshold) return true;
        if (sibling.LocalName != "p") return false;
        if (s.TextChars > 80 && s.LinkDensity < 0.25) return true;
        return s.TextChars is > 0 and <= 80 && s.LinkChars == 0 && sibling.TextContent.TrimEnd().EndsWith('.');
    }

    /// <summary>Post-order pass: visible text length, link text length and commas per element.</summary>
    static NodeStats Measure(IElement element, Dictionary<IElement, NodeStats> stats, bool insideLink, ExtractionPass pass)
    {
        var s = new NodeStats();
        stats[element] = s;
        if (IsSkipped(element, pass.StripUnlikely))
        {
            s.Skipped = true;
            return s;
        }
        bool link = insideLink || element.LocalName == "a";
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                var c = Measure(e, stats, link, pass);
                s.TextChars += c.TextChars;
                s.LinkChars += c.LinkChars;
                s.Commas += c.Commas;
                if (e.LocalName == "p") s.ParagraphCount++;
                else if (e.LocalName == "img") s.ImageCount++;
                else if (e.LocalName == "li") s.ListItemCount++;
                s.ParagraphCount += c.ParagraphCount;
                s.ImageCount += c.ImageCount;
                s.ListItemCount += c.ListItemCount;
                if (!s.HasBlockChild && HtmlTags.Blocks.Contains(e.LocalName) && e.LocalName != "br") s.HasBlockChild = true;
            }
            else if (child.NodeType == NodeType.Text)
            {
                var (chars, commas) = CountText(child.TextContent);
                s.TextChars += chars;
                s.Commas += commas;
                if (link) s.LinkChars += chars;
            }
        }
        return s;
    }

    static bool IsSkipped(IElement e, bool stripUnlikely)
    {
        var tag = e.LocalName;
        if (HtmlTags.Skipped.Contains(tag) || e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        if (e.GetAttribute("style") is { } style && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        if (e.GetAttribute("role") is "navigation" or "menu" or "menubar" or "complementary" or "alert" or "alertdialog" or "dialog") return true;
        if (!stripUnlikely || tag is "body" or "html" or "article" or "main" or "a" or "p") return false;
        var hint = Hint(e);
        return hint.Length > 0 && BoilerplateHints.Unlikely.IsMatch(hint) && !BoilerplateHints.Maybe.IsMatch(hint);
    }

    internal static string Hint(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        return string.IsNullOrEmpty(id) ? cls ?? "" : string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    internal static int ClassWeight(IElement e, ExtractionPass pass)
    {
        if (!pass.WeightClasses) return 0;
        var hint = Hint(e);
        if (hint.Length == 0) return 0;
        int w = 0;
        if (BoilerplateHints.Negative.IsMatch(hint)) w -= 25;
        if (BoilerplateHints.Positive.IsMatch(hint)) w += 25;
        return w;
    }

    static (int Chars, int Commas) CountText(string text)
    {
        int chars = 0, commas = 0;
        bool space = true;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!space) { chars++; space = true; }
                continue;
            }
            space = false;
            chars++;
            if (ch is ',' or '，' or '、' or '،' or '﹐' or '︐' or '︑' or '⹁' or '⸴' or '⸲') commas++;
        }
        return (chars, commas);
    }

    /// <summary>Each paragraph-like element adds its score to up to five ancestors, less for farther ones.</summary>
    static void Score(IElement element, Dictionary<IElement, NodeStats> stats, List<IElement> candidates, ExtractionPass pass)
    {
        var s = stats[element];
        if (s.Skipped) return;
        bool paragraph = HtmlTags.Paragraphs.Contains(element.LocalName) ||
                         (element.LocalName is "div" or "section" or "article" && !s.HasBlockChild);
        if (paragraph && s.TextChars >= MinParagraphChars)
        {
            double score = 1 + s.Commas + Math.Min(s.TextChars / 100.0, 3);
            int level = 0;
            for (var a = element.ParentElement; a != null && level < 5; a = a.ParentElement, level++)
            {
                if (a.LocalName == "html") break;
                var st = stats[a];
                if (!st.Initialised)
                {
                    st.Initialised = true;
                    st.Score = BaseScore(a.LocalName) + ClassWeight(a, pass);
                    candidates.Add(a);
                }
                st.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
            if (element.LocalName is not "div" and not "section" and not "article") return;
        }
        foreach (var child in element.Children) Score(child, stats, candidates, pass);
    }

    static int BaseScore(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "th" => -5,
        _ => HtmlTags.IsHeading(tag) ? -5 : 0,
    };

    static void CollectCaptions(IElement body, TextCollector output)
    {
        foreach (var caption in body.QuerySelectorAll("figcaption"))
        {
            var text = TextCollector.Collapse(caption.TextContent);
            if (text.Length > 0 && !output.Captions.Contains(text)) output.Captions.Add(text);
        }
    }
}

/// <summary>Paragraphs of body text and the image captions found beside them.</summary>
internal sealed record ExtractedText(List<string> Paragraphs, List<string> Captions)
{
    public string Text { get; } = string.Join("\n\n", Paragraphs);
}

/// <summary>Which heuristics a pass applies; later passes drop them when the first finds too little.</summary>
internal readonly record struct ExtractionPass(bool StripUnlikely, bool WeightClasses, bool CleanConditionally);

internal sealed class NodeStats
{
    public int TextChars, LinkChars, Commas, ParagraphCount, ImageCount, ListItemCount;
    public bool Skipped, HasBlockChild, Initialised;
    public double Score, FinalScore;
    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
}
