using Sitrep.Evaluation.Places;
using Sitrep.Places.Gazetteer;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

public class EvalGeoGateTests
{
    const double Acc161Floor = 0.83;

    [SkippableFact]
    public void Lgl_gold_spans_acc161_is_at_least_0_83()
    {
        var gold = SharedData.Require("geo/lgl/lgl.xml.gz");
        var npm = Sitrep.DefaultLocations.Npm;
        var missing = NpmGazetteerSource.CheckSources(npm);
        Skip.If(missing != null, $"the default gazetteer needs the npm data: {missing}");
        var result = GeoEvaluation.Run(gold, goldSpans: true, new AnalyzerOptions());
        Assert.Null(result.Error);
        Assert.True((double)result.Scores!["acc161"]! >= Acc161Floor, $"acc161 {result.Scores["acc161"]}");
    }
}
