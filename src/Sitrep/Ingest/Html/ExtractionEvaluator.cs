using System.Diagnostics;

namespace Sitrep.Ingest.Html;

/// <summary>Scores an extractor on an extraction benchmark folder (see <see cref="ExtractionGold"/>).</summary>
public static class ExtractionEvaluator
{
    /// <summary><paramref name="CpuMillisecondsPerPage"/> is process CPU time, steadier than wall time on a shared machine.</summary>
    public sealed record Result(double F1, double Precision, double Recall, double Accuracy, int Pages, double MillisecondsPerPage, double CpuMillisecondsPerPage);

    public static Result Evaluate(string goldFolder, HtmlExtractor extractor)
    {
        var pages = ExtractionGold.Read(goldFolder).ToList();
        var overlap = new ShingleOverlap();
        // One untimed pass warms the parser and the JIT, so the timing is of warm extraction.
        if (pages.Count > 0) HtmlExtraction.Extract(pages[0].Html, extractor);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var predictions = pages.Select(p => HtmlExtraction.Extract(p.Html, extractor).Body.Text).ToList();
        double ms = clock.Elapsed.TotalMilliseconds / Math.Max(1, pages.Count);
        process.Refresh();
        double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, pages.Count);
        for (int i = 0; i < pages.Count; i++) overlap.Add(pages[i].GoldBody, predictions[i]);
        return new Result(overlap.F1, overlap.Precision, overlap.Recall, overlap.Accuracy, overlap.Pages, ms, cpuMs);
    }
}
