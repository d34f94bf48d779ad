using System.Diagnostics;
using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation.Ingest;

/// <summary><paramref name="CpuMillisecondsPerPage"/> is process CPU time, steadier than wall time on a shared machine.</summary>
internal sealed record ExtractionScores(double F1, double Precision, double Recall, double Accuracy, int Pages, double MillisecondsPerPage, double CpuMillisecondsPerPage);

/// <summary>Scores an extractor on an extraction benchmark folder (see <see cref="ExtractionGold"/>).</summary>
internal static class ExtractionEvaluator
{
    /// <summary>Scores a benchmark folder: the trafilatura segment layout when it holds
    /// <see cref="SegmentGold.GoldFileName"/>, else the article-extraction-benchmark layout.</summary>
    public static ExtractionScores Evaluate(string goldFolder, HtmlExtractor extractor)
    {
        if (SegmentGold.IsSegmentFolder(goldFolder)) return EvaluateSegments(SegmentGold.Read(goldFolder).ToList(), extractor);
        var pages = ExtractionGold.Read(goldFolder).ToList();
        var (predictions, ms, cpuMs) = Extract(pages.Select(p => p.Html).ToList(), extractor);
        var overlap = new ShingleOverlap();
        for (int i = 0; i < pages.Count; i++) overlap.Add(pages[i].GoldBody, predictions[i]);
        return new ExtractionScores(overlap.F1, overlap.Precision, overlap.Recall, overlap.Accuracy, overlap.Pages, ms, cpuMs);
    }

    public static ExtractionScores EvaluateSegments(IReadOnlyList<SegmentPage> pages, HtmlExtractor extractor)
    {
        var (predictions, ms, cpuMs) = Extract(pages.Select(p => p.Html).ToList(), extractor);
        var presence = new SegmentPresence();
        for (int i = 0; i < pages.Count; i++) presence.Add(pages[i], predictions[i]);
        return new ExtractionScores(presence.F1, presence.Precision, presence.Recall, presence.Accuracy, presence.Pages, ms, cpuMs);
    }

    static (List<string> Texts, double Ms, double CpuMs) Extract(List<string> pages, HtmlExtractor extractor)
    {
        // One untimed pass warms the parser and the JIT, so the timing is of warm extraction.
        if (pages.Count > 0) HtmlExtraction.Extract(pages[0], extractor);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var texts = pages.Select(html => HtmlExtraction.Extract(html, extractor).Body.Text).ToList();
        double ms = clock.Elapsed.TotalMilliseconds / Math.Max(1, pages.Count);
        process.Refresh();
        double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, pages.Count);
        return (texts, ms, cpuMs);
    }
}
