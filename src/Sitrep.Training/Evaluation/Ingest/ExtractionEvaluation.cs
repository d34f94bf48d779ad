using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation.Ingest;

/// <summary><c>sitrep eval extract</c>: main-text extraction scores keyed as the contract names them.</summary>
internal static class ExtractionEvaluation
{
    public static Dictionary<string, object?> Run(string goldFolder, HtmlExtractor extractor = HtmlExtractor.Own)
    {
        var r = ExtractionEvaluator.Evaluate(goldFolder, extractor);
        return new Dictionary<string, object?>
        {
            ["f1"] = r.F1, ["precision"] = r.Precision, ["recall"] = r.Recall, ["accuracy"] = r.Accuracy,
            ["pages"] = r.Pages, ["ms_per_page"] = r.MillisecondsPerPage, ["cpu_ms_per_page"] = r.CpuMillisecondsPerPage,
            ["extractor"] = extractor.ToString().ToLowerInvariant(),
        };
    }
}
