using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>Title, byline, publication date, canonical URL, language and publisher declared by a page (meta tags, JSON-LD, time elements).</summary>
internal sealed partial record HtmlMetadata(string? Title, string? Byline, string? Published, string? Url, string? Language, string? Publisher = null)
{
    static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
    ];
    static readonly string[] AuthorMetaNames = ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"];
    static readonly string[] TitleMetaNames = ["og:title", "twitter:title", "dc.title", "headline"];
    static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <param name="html">The page source: JSON-LD is read from it, since script text is not kept in the parsed document.</param>
    public static HtmlMetadata Read(IDocument document, string html)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var value = m.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(value)) continue;
            meta.TryAdd(key.Trim(), value.Trim());
        }
        var ld = LinkedData.Read(html);

        string? title = WithoutSiteName(Clean(First(meta, TitleMetaNames) ?? ld.Headline ?? SingleH1(document) ?? document.Title), First(meta, ["og:site_name"]));
        var metaAuthor = First(meta, AuthorMetaNames);
        if (metaAuthor != null && metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase)) metaAuthor = null;
        string? byline = CleanByline(ld.Author ?? metaAuthor ?? BylineElement(document));
        string? published = DocumentBuilder.NormaliseDate(ld.Published) ?? DocumentBuilder.NormaliseDate(First(meta, DateMetaNames)) ??
                            DocumentBuilder.NormaliseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? First(meta, ["og:url"]);
        string? language = document.DocumentElement.GetAttribute("lang")?.Split('-', '_')[0].ToLowerInvariant() is { Length: 2 } l ? l : null;
        string? publisher = Clean(First(meta, ["og:site_name", "application-name", "publisher", "dc.publisher"]) ?? ld.Publisher);
        return new HtmlMetadata(title, byline, published, url, language, publisher);
    }

    /// <summary>An element marked as the author or byline (rel, itemprop, or class/id hint) with short text.</summary>
    static string? BylineElement(IDocument document)
    {
        var marked = document.QuerySelector("[rel=author], [itemprop~=author]");
        if (Clean(marked?.TextContent) is { Length: < 100 } text) return text;
        if (document.Body is null) return null;
        foreach (var e in document.Body.Descendants<IElement>())
        {
            var hint = ArticleExtractor.Hint(e);
            if (hint.Length > 0 && BoilerplateHints.Byline.IsMatch(hint) && Clean(e.TextContent) is { Length: > 2 and < 100 } t &&
                char.IsLetter(t[0]) && t.Split(' ').Length <= 8) return t;
        }
        return null;
    }

    /// <summary>"By Jane Roe - Apr 16, 2015 8:02 pm" becomes "Jane Roe".</summary>
    internal static string? CleanByline(string? byline)
    {
        var b = Clean(byline);
        if (b is null) return null;
        if (b.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) b = b[3..].TrimStart();
        foreach (var separator in new[] { " - ", " | ", " – ", " — ", " · ", " • " })
            if (b.IndexOf(separator, StringComparison.Ordinal) is var i and > 0 && b[i..].Any(char.IsDigit)) b = b[..i];
        b = TrailingDateRegex().Replace(b, "");
        return b.Length == 0 ? null : b.Trim();
    }

    /// <summary>"Headline | Site" or "Headline - Site" loses the site part when that is short or the page's site name.</summary>
    internal static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null) return null;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · " })
        {
            int i = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (i <= 0) continue;
            var head = title[..i];
            var tail = title[(i + separator.Length)..].Trim();
            bool isSite = (siteName != null && tail.Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)) || tail.Split(' ').Length <= 3;
            if (isSite && head.Split(' ').Length >= 3) return head.Trim();
        }
        return title;
    }

    static string? First(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var k in keys)
            if (meta.TryGetValue(k, out var v)) return v;
        return null;
    }

    static string? SingleH1(IDocument document)
    {
        var h1 = document.QuerySelectorAll("h1");
        return h1.Length == 1 ? h1[0].TextContent : null;
    }

    static string? Clean(string? text)
    {
        if (text is null) return null;
        var t = TextCollector.Collapse(System.Net.WebUtility.HtmlDecode(text)).Trim();
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d.*$", RegexOptions.None, 1000)]
    private static partial Regex TrailingDateRegex();

    [GeneratedRegex(@"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex JsonLdRegex();

    /// <summary>The first schema.org article object in the page's JSON-LD blocks.</summary>
    sealed record LinkedData(string? Headline, string? Author, string? Published, string? Publisher = null)
    {
        public static LinkedData Read(string html)
        {
            foreach (Match script in JsonLdRegex().Matches(html))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.Groups[1].Value, JsonOptions);
                    if (FindArticle(json.RootElement, 0) is { } article)
                        return new LinkedData(String(article, "headline"), AuthorNames(article), String(article, "datePublished"),
                            article.TryGetProperty("publisher", out var pub) ? (pub.ValueKind == JsonValueKind.Object ? String(pub, "name") : String(article, "publisher")) : null);
                }
                catch (JsonException) { }
            }
            return new LinkedData(null, null, null);
        }

        static JsonElement? FindArticle(JsonElement e, int depth)
        {
            if (depth > 4) return null;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    if (FindArticle(item, depth + 1) is { } found) return found;
                return null;
            }
            if (e.ValueKind != JsonValueKind.Object) return null;
            if (e.TryGetProperty("@type", out var type) && IsArticleType(type)) return e;
            if (e.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
            return null;
        }

        static bool IsArticleType(JsonElement type) => type.ValueKind switch
        {
            JsonValueKind.String => type.GetString()!.EndsWith("Article", StringComparison.Ordinal) || type.GetString() is "BlogPosting" or "Report",
            JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
            _ => false,
        };

        static string? String(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        static string? AuthorNames(JsonElement article)
        {
            if (!article.TryGetProperty("author", out var author)) return null;
            var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
                .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : String(a, "name"))
                .Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
            return names.Count == 0 ? null : string.Join(", ", names);
        }
    }
}
