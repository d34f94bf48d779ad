using Sitrep.Cli.Commands.Eval;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Documents;

public class PlaceholderGate
{
    [SkippableFact]
    public void Ewt_test_tokens_are_found()
    {
        var gold = SharedData.Require("corpora/ud_english_ewt/en_ewt-ud-test.conllu.gz");
        var scores = EvalTokensCommand.Evaluate(gold);
        Assert.True((double)scores["tokens_f1"]! > 0.5, $"tokens_f1 {scores["tokens_f1"]}");
    }
}
