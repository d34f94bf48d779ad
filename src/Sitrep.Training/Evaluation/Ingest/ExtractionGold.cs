using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation.Ingest;

/// <summary>One benchmark page: its HTML and the annotated article body.</summary>
internal sealed record ExtractionPage(string Id, string Html, string GoldBody);

/// <summary>
/// Reads an extraction benchmark folder: a .tar.gz holding <c>html/&lt;id&gt;.html.gz</c> entries
/// (other archives beside it hold no such entries and are passed over) and a <c>ground-truth*.json</c>
/// mapping each id to its <c>articleBody</c>.
/// </summary>
internal static class ExtractionGold
{
    public static IEnumerable<ExtractionPage> Read(string folder)
    {
        var truthFile = Directory.EnumerateFiles(folder, "ground-truth*.json").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new FileNotFoundException($"{folder}: no ground-truth*.json");
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(truthFile)))
            foreach (var page in json.RootElement.EnumerateObject())
                if (page.Value.TryGetProperty("articleBody", out var body))
                    gold[page.Name] = body.GetString() ?? "";

        foreach (var archive in Directory.EnumerateFiles(folder, "*.tar.gz").Order(StringComparer.Ordinal))
        {
            using var file = File.OpenRead(archive);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !entry.Name.StartsWith("html/", StringComparison.Ordinal) ||
                    !entry.Name.EndsWith(".html.gz", StringComparison.Ordinal)) continue;
                var id = entry.Name["html/".Length..^".html.gz".Length];
                if (!gold.TryGetValue(id, out var body)) continue;
                using var inner = new GZipStream(entry.DataStream, CompressionMode.Decompress);
                using var reader = new StreamReader(inner, Encoding.UTF8);
                yield return new ExtractionPage(id, reader.ReadToEnd(), body);
            }
        }
    }
}
