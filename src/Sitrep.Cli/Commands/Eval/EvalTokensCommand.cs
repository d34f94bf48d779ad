using System.CommandLine;
using Sitrep.Evaluation.Language;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval tokens</c>: tokenisation and sentence splitting against CoNLL-U.</summary>
internal static class EvalTokensCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();

    public static Command GetCommand()
    {
        var cmd = new Command("tokens", "Token and sentence F1 against CoNLL-U (raw text rebuilt from # text)");
        cmd.Options.Add(Gold);
        cmd.Options.Add(Json);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "tokens")) return ExitCodes.Fatal;
            EvalCommand.Print(TokenEvaluation.Run(gold, CliSettings.Options()), p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
