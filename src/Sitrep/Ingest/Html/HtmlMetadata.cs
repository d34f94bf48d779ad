using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>Title, byline, publication date, canonical URL and language declared by a page (meta tags, JSON-LD, time elements).</summary>
public sealed partial record HtmlMetadata(string? Title, string? Byline, string? Published, string? Url, string? Language)
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

        string? title = First(meta, TitleMetaNames) ?? ld.Headline ?? SingleH1(document) ?? Clean(document.Title);
        var metaAuthor = First(meta, AuthorMetaNames);
        if (metaAuthor != null && metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase)) metaAuthor = null;
        string? byline = ld.Author ?? metaAuthor ??
            (Clean(document.QuerySelector("[rel=author], [itemprop~=author]")?.TextContent) is { Length: < 100 } b ? b : null);
        string? published = DocumentBuilder.NormaliseDate(ld.Published) ?? DocumentBuilder.NormaliseDate(First(meta, DateMetaNames)) ??
                            DocumentBuilder.NormaliseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? First(meta, ["og:url"]);
        string? language = document.DocumentElement.GetAttribute("lang")?.Split('-', '_')[0].ToLowerInvariant() is { Length: 2 } l ? l : null;
        return new HtmlMetadata(Clean(title), Clean(byline), published, url, language);
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

    [GeneratedRegex(@"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex JsonLdRegex();

    /// <summary>The first schema.org article object in the page's JSON-LD blocks.</summary>
    sealed record LinkedData(string? Headline, string? Author, string? Published)
    {
        public static LinkedData Read(string html)
        {
            foreach (Match script in JsonLdRegex().Matches(html))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.Groups[1].Value, JsonOptions);
                    if (FindArticle(json.RootElement, 0) is { } article)
                        return new LinkedData(String(article, "headline"), AuthorNames(article), String(article, "datePublished"));
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
