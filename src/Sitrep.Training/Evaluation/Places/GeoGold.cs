using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Sitrep.Places.Geometry;

namespace Sitrep.Evaluation.Places;

/// <summary>A gold toponym: its span and, when annotated, its point.</summary>
internal sealed record GoldToponym(int StartChar, int EndChar, GeoPoint? Point);

internal sealed record GoldGeoDocument(string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>Reads LGL, GeoWebNews, GeoVirus and TR-News XML (.xml or .xml.gz) into one shape.</summary>
internal static class GeoGold
{
    public static GeoGoldReadResult Read(string path)
    {
        try
        {
            using Stream raw = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            var root = XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root;
            if (root is null) return GeoGoldReadResult.Fail($"{path}: empty XML");
            var docs = new List<GoldGeoDocument>();
            foreach (var article in root.Elements("article"))
            {
                var text = (string?)article.Element("text") ?? "";
                var toponyms = new List<GoldToponym>();
                // LGL and TR-News: <toponyms><toponym><start/><end/><gaztag><lat/><lon/></gaztag>
                // GeoWebNews: <toponyms><toponym><start/><end/><latitude/><longitude/>
                // GeoVirus: <locations><location><start/><end/><lat/><lon/>
                foreach (var t in article.Descendants().Where(e => e.Name.LocalName is "toponym" or "location"))
                {
                    if (!TryInt(t.Element("start"), out int start) || !TryInt(t.Element("end"), out int end) || start < 0 || end > text.Length || end <= start)
                        continue;
                    (start, end) = Align(text, start, end, (string?)(t.Element("phrase") ?? t.Element("extractedName") ?? t.Element("name")));
                    var holder = t.Element("gaztag") ?? t;
                    var lat = holder.Element("lat") ?? holder.Element("latitude");
                    var lon = holder.Element("lon") ?? holder.Element("longitude");
                    GeoPoint? point = TryDouble(lat, out double la) && TryDouble(lon, out double lo) ? new GeoPoint(la, lo) : null;
                    toponyms.Add(new GoldToponym(start, end, point));
                }
                docs.Add(new GoldGeoDocument(text, toponyms));
            }
            return docs.Count == 0 ? GeoGoldReadResult.Fail($"{path}: no <article> elements (not LGL/GeoWebNews/GeoVirus/TR-News XML)") : new GeoGoldReadResult(docs, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return GeoGoldReadResult.Fail($"{path}: {e.Message}");
        }
    }

    /// <summary>GeoVirus offsets are one character late: when the annotated name is not at its
    /// offsets but is within a few characters, the span moves to it.</summary>
    static (int, int) Align(string text, int start, int end, string? name)
    {
        if (string.IsNullOrEmpty(name) || text.AsSpan(start, end - start).SequenceEqual(name)) return (start, end);
        for (int shift = 1; shift <= 3; shift++)
            foreach (int s in new[] { start - shift, start + shift })
                if (s >= 0 && s + name.Length <= text.Length && text.AsSpan(s, name.Length).SequenceEqual(name)) return (s, s + name.Length);
        return (start, end);
    }

    static bool TryInt(XElement? e, out int value) =>
        int.TryParse(e?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    static bool TryDouble(XElement? e, out double value) =>
        double.TryParse(e?.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

internal sealed record GeoGoldReadResult(IReadOnlyList<GoldGeoDocument> Documents, string? Error)
{
    public static GeoGoldReadResult Fail(string error) => new([], error);
}
