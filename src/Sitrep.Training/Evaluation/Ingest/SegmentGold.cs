using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Sitrep.Ingest.Readers;
using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation.Ingest;

/// <summary>One page of a segment benchmark: its HTML, text segments that must appear in the main text
/// and segments that must not.</summary>
internal sealed record SegmentPage(string File, string Html, IReadOnlyList<string> With, IReadOnlyList<string> Without);

/// <summary>
/// Reads the trafilatura evaluation set layout: <c>evaldata.json</c> mapping each page URL to
/// <c>{ file, with[], without[] }</c>, and a .tar.gz holding <c>html/&lt;file&gt;</c> (raw bytes, each
/// page decoded by its BOM or declared charset, else UTF-8).
/// </summary>
internal static class SegmentGold
{
    public const string GoldFileName = "evaldata.json";

    public static bool IsSegmentFolder(string folder) => File.Exists(Path.Combine(folder, GoldFileName));

    public static IEnumerable<SegmentPage> Read(string folder)
    {
        var gold = new Dictionary<string, (string[] With, string[] Without)>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, GoldFileName))))
            foreach (var page in json.RootElement.EnumerateObject())
                if (page.Value.TryGetProperty("file", out var file) && file.GetString() is { Length: > 0 } name)
                    gold[name] = (Strings(page.Value, "with"), Strings(page.Value, "without"));

        foreach (var archive in Directory.EnumerateFiles(folder, "*.tar.gz").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(archive);
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !entry.Name.StartsWith("html/", StringComparison.Ordinal)) continue;
                var name = entry.Name["html/".Length..];
                if (!gold.TryGetValue(name, out var segments)) continue;
                using var bytes = new MemoryStream();
                entry.DataStream.CopyTo(bytes);
                var raw = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
                var html = TextDecoding.Decode(raw, HtmlReader.DeclaredEncoding(raw)).Text;
                yield return new SegmentPage(name, html, segments.With, segments.Without);
            }
        }
    }

    static string[] Strings(JsonElement page, string property) =>
        page.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0)]
            : [];
}
