using Sitrep.Evaluation.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Accuracy gates through the same code as <c>sitrep eval events</c>. Thresholds are the scores measured in the
/// events branch (placeholder tokenizer, no parse, NER, time or places) minus a small margin:
/// PLOVER dev event_accuracy 0.841 → 0.82; PETRARCH dev cameo_root_accuracy 0.870 → 0.85.
/// </summary>
public class EvalEventsGateTests
{
    [SkippableFact]
    public void Plover_dev_event_accuracy()
    {
        var gold = SharedData.Require("events/plover/gsr/PLOVER_GSR_CAMEO.dev.json");
        var result = EventsEvaluator.Evaluate(gold, new AnalyzerOptions());
        Assert.True(result.Success, result.Error);
        Assert.Equal(220, result.Scores["records"]);
        Assert.True((double)result.Scores["event_accuracy"]! >= 0.82, $"event_accuracy {result.Scores["event_accuracy"]}");
    }

    [SkippableFact]
    public void Petrarch_dev_cameo_root_accuracy()
    {
        var gold = SharedData.Require("events/petrarch2/validation/PETR.UnitTest.records.dev.xml");
        var result = EventsEvaluator.Evaluate(gold, new AnalyzerOptions());
        Assert.True(result.Success, result.Error);
        Assert.True((double)result.Scores["cameo_root_accuracy"]! >= 0.85, $"cameo_root_accuracy {result.Scores["cameo_root_accuracy"]}");
    }
}
