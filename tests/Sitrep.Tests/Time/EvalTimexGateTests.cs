using Sitrep.Evaluation.Time;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Time;

public class EvalTimexGateTests
{
    [SkippableFact]
    public void Tbaq_value_f1_reaches_the_gate()
    {
        var gold = SharedData.Require("temporal/tempeval3-tbaq-cleaned");
        var (scores, _) = TimexEvaluation.Report(gold, TimexSplit.All, new AnalyzerOptions());
        Assert.True((double)scores["value_f1"]! >= 0.80, $"value_f1 {scores["value_f1"]}");
        Assert.True((double)scores["relaxed_f1"]! >= 0.90, $"relaxed_f1 {scores["relaxed_f1"]}");
    }
}
