using Sitrep.Evaluation.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

public class QuotesGateTests
{
    [SkippableFact]
    public void Polnear_dev_source_f1_reaches_the_target()
    {
        var gold = SharedData.Require("quotes/polnear/polnear-train-dev.tar.gz");
        var result = QuoteEvaluation.Run(gold, "dev", new AnalyzerOptions());
        Assert.Null(result.Error);
        var f1 = (double)result.Scores!["source_f1"]!;
        Assert.True(f1 >= 0.60, $"PolNeAR dev source_f1 {f1:F4} < 0.60");
    }
}
