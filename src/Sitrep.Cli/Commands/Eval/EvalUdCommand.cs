using System.CommandLine;
using Sitrep.Language.Conllu;
using Sitrep.Language.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval ud</c>: tags, lemmas and dependencies against a CoNLL-U treebank.</summary>
public static class EvalUdCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Raw = new("--raw") { Description = "Run the whole pipeline from raw text (# text) and align words by character spans" };
    public static readonly Option<bool> Json = CommonOptions.Json();

    public static Command GetCommand()
    {
        var cmd = new Command("ud", "UPOS, XPOS, lemma, UAS and LAS against CoNLL-U (gold tokens unless --raw)");
        cmd.Options.Add(Gold);
        cmd.Options.Add(Raw);
        cmd.Options.Add(Json);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "ud")) return ExitCodes.Fatal;
            var scores = Evaluate(gold, p.GetValue(Raw), CliSettings.Options(), out var error);
            if (scores is null) { Console.Error.WriteLine($"sitrep eval ud: {error}"); return ExitCodes.Fatal; }
            EvalCommand.Print(scores, p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Dictionary<string, object?>? Evaluate(string goldPath, bool raw, AnalyzerOptions options, out string? error)
    {
        var gold = ConlluReader.ReadFile(goldPath).ToList();
        var stages = UdEvaluator.LanguageStages(options, out error);
        if (error is not null) return null;
        var scores = raw ? UdEvaluator.EvaluateRaw(gold, options) : UdEvaluator.EvaluateGoldTokens(gold, stages);
        return UdEvaluator.ToDictionary(scores);
    }
}
