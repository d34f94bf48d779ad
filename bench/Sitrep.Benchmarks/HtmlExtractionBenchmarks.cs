using BenchmarkDotNet.Attributes;
using Sitrep.Ingest.Html;
using Sitrep.Evaluation.Ingest;

namespace Sitrep.Benchmarks;

/// <summary>
/// Warm main-text extraction per page (parse + metadata + extraction) on the extraction benchmark's dev pages.
/// Needs ../shared/extraction/article-extraction-benchmark-dev (or SITREP_EXTRACTION_GOLD).
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    static readonly string[] Pages = LoadPages();

    [Params(HtmlExtractor.Own, HtmlExtractor.Combined, HtmlExtractor.SmartReader)]
    public HtmlExtractor Extractor { get; set; }

    /// <summary>All dev pages once; divide by <see cref="PageCount"/> for time per page.</summary>
    [Benchmark]
    public int ExtractAllPages()
    {
        int chars = 0;
        foreach (var html in Pages) chars += HtmlExtraction.Extract(html, Extractor).Body.Text.Length;
        return chars;
    }

    public static int PageCount => Pages.Length;

    static string[] LoadPages()
    {
        var folder = Environment.GetEnvironmentVariable("SITREP_EXTRACTION_GOLD");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); folder is null && dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "extraction", "article-extraction-benchmark-dev");
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln")) && Directory.Exists(candidate)) folder = candidate;
        }
        return folder is null ? [] : ExtractionGold.Read(folder).Select(p => p.Html).ToArray();
    }
}
