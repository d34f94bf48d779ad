using System.CommandLine;
using Sitrep.Evaluation.Language;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval ud</c>: tags, lemmas and dependencies against a CoNLL-U treebank.</summary>
internal static class EvalUdCommand
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
            return EvalCommand.Report(UdEvaluation.Run(gold, p.GetValue(Raw), CliSettings.Options()), "ud", p.GetValue(Json));
        });
        return cmd;
    }
}
