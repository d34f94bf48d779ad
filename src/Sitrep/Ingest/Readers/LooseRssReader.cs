using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// RSS by element names alone, whatever the version attribute says: RSS 0.9x, 2.0 without a version, and RSS 1.0
/// (RDF, items beside the channel). Reads each item's title, link, description or content:encoded, date
/// (pubDate or dc:date) and author (author or dc:creator).
/// </summary>
internal static class LooseRssReader
{
    static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/", Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The whole feed as XML (feeds are small), or why it is not XML.</summary>
    public static (XDocument?, string?) Parse(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var xml = XmlReader.Create(stream, settings);
            return (XDocument.Load(xml), null);
        }
        catch (XmlException e) { return (null, $"malformed XML: {e.Message}"); }
    }

    /// <summary>RDF feeds, and RSS whose version System.ServiceModel.Syndication refuses (anything but "2.0").</summary>
    public static bool Handles(XDocument feed) => feed.Root is { } root &&
        (root.Name.LocalName == "RDF" || root.Name.LocalName == "rss" && (string?)root.Attribute("version") != "2.0");

    public static IEnumerable<IngestResult> Read(XDocument feed, SourceInput source, IngestOptions options)
    {
        var root = feed.Root!;
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        string? publisher = Child(channel, "title");
        // RSS 0.9x and 2.0 nest items in the channel; RSS 1.0 puts them beside it.
        var items = (channel?.Elements() ?? []).Concat(root.Elements()).Where(e => e.Name.LocalName == "item");
        int index = 0;
        foreach (var item in items)
        {
            index++;
            var content = (string?)item.Element(Content + "encoded") ?? Child(item, "description") ?? "";
            var (text, captions) = FeedReader.ItemText(content);
            yield return DocumentBuilder.Build(new RawDocument(source.Within($"item {index}"), text)
            {
                Title = Child(item, "title"),
                Url = Child(item, "link") ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")),
                Byline = Child(item, "author") ?? (string?)item.Element(Dc + "creator"),
                Published = Date(Child(item, "pubDate") ?? (string?)item.Element(Dc + "date")),
                Publisher = publisher,
                Captions = captions,
            }, options);
        }
    }

    static string? Child(XElement? e, string localName) =>
        e?.Elements().FirstOrDefault(c => c.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } v ? v : null;

    /// <summary>RFC 822 dates ("Mon, 17 Oct 2016 10:00:00 GMT") become ISO; anything else is passed on as written.</summary>
    static string? Date(string? s)
    {
        if (s is null) return null;
        var noDay = s.IndexOf(',') is var comma and > 0 and < 5 ? s[(comma + 1)..].Trim() : s;
        return DateTimeOffset.TryParse(noDay.Replace(" GMT", " +00:00").Replace(" UT", " +00:00"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : s;
    }
}
