using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// RSS and Atom feeds: each item a document (title-only items too); HTML content reduced to text; the feed's title is the
/// items' publisher. RSS 2.0 and Atom go through System.ServiceModel.Syndication; RSS 0.9x or 2.0 without a version
/// attribute, and RSS 1.0 (RDF), which it refuses, through <see cref="LooseRssReader"/>.
/// </summary>
internal static class FeedReader
{
    const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options)
    {
        var (document, parseError) = LooseRssReader.Parse(stream);
        if (document is null)
        {
            yield return source.Error(parseError!);
            yield break;
        }
        if (LooseRssReader.Handles(document))
        {
            foreach (var r in LooseRssReader.Read(document, source, options)) yield return r;
            yield break;
        }
        var (feed, error) = Load(document);
        if (feed is null)
        {
            yield return source.Error(error!);
            yield break;
        }
        string? publisher = feed.Title?.Text;
        int index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            yield return FromItem(item, source.Within($"item {index}"), publisher, options);
        }
    }

    static (SyndicationFeed?, string?) Load(System.Xml.Linq.XDocument document)
    {
        try
        {
            // Syndication's formatters want a reader over text, not an XDocument's node reader.
            using var buffer = new MemoryStream();
            document.Save(buffer);
            buffer.Position = 0;
            using var xml = XmlReader.Create(buffer, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });
            xml.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(xml))
            {
                formatter = new Atom10FeedFormatter();
                if (!formatter.CanRead(xml)) return (null, $"not an RSS 2.0 or Atom feed (root element <{xml.Name}>)");
            }
            formatter.DateTimeParser = ParseDate;
            formatter.ReadFrom(xml);
            return (formatter.Feed, null);
        }
        catch (Exception e) when (e is NotSupportedException or FormatException or InvalidOperationException)
        {
            return (null, $"unsupported or malformed feed: {e.Message}");
        }
    }

    /// <summary>Feeds write dates loosely; anything the invariant culture reads is accepted.</summary>
    static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) ||
        DateTimeOffset.TryParse(StripDayName(data.DateTimeString), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    static string StripDayName(string s) => s.IndexOf(',') is var comma and > 0 and < 5 ? s[(comma + 1)..].Replace(" GMT", " +00:00").Replace(" UT", " +00:00") : s;

    static IngestResult FromItem(SyndicationItem item, SourceInput at, string? publisher, IngestOptions options)
    {
        var content = Encoded(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? "";
        var (text, captions) = ItemText(content);
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return DocumentBuilder.Build(new RawDocument(at, text)
        {
            Title = item.Title?.Text,
            Publisher = publisher,
            Url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString(),
            Byline = item.Authors.Count == 0 ? null : string.Join(", ", item.Authors.Select(a => a.Name ?? a.Email).Where(n => !string.IsNullOrWhiteSpace(n))),
            Published = date == default ? null : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Captions = captions,
        }, options);
    }

    /// <summary>An item's content as text, HTML reduced to its text and captions.</summary>
    internal static (string Text, List<string> Captions) ItemText(string content)
    {
        if (!content.Contains('<') || !content.Contains('>')) return (content, []);
        var extracted = HtmlExtraction.FragmentText(content);
        return (extracted.Text, extracted.Captions);
    }

    /// <summary>RSS items often carry the full article in content:encoded, the description being a teaser.</summary>
    static string? Encoded(SyndicationItem item)
    {
        foreach (var ext in item.ElementExtensions)
            if (ext.OuterName == "encoded" && ext.OuterNamespace == ContentModule)
                return ext.GetObject<string>();
        return null;
    }
}
