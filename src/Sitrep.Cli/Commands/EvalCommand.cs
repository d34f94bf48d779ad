using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval TASK --gold PATH</c>: one subcommand per task, each in Commands/Eval/.</summary>
internal static class EvalCommand
{
    public static Command GetCommand()
    {
        var cmd = new Command("eval", "Score Sitrep against gold data");
        cmd.Subcommands.Add(EvalTokensCommand.GetCommand());
        cmd.Subcommands.Add(EvalExtractCommand.GetCommand());
        cmd.Subcommands.Add(EvalTimexCommand.GetCommand());
        cmd.Subcommands.Add(EvalGeoCommand.GetCommand());
        cmd.Subcommands.Add(EvalQuotesCommand.GetCommand());
        cmd.Subcommands.Add(EvalEventsCommand.GetCommand());
        cmd.Subcommands.Add(EvalUdCommand.GetCommand());
        cmd.Subcommands.Add(EvalNerCommand.GetCommand());
        cmd.Subcommands.Add(EvalDuplicatesCommand.GetCommand());
        cmd.Subcommands.Add(EvalStoriesCommand.GetCommand());
        return cmd;
    }

    public static Option<string> Gold() => new("--gold") { Description = "Gold data file or folder", Required = true };

    /// <summary>Prints scores as one JSON object (<c>--json</c>) or as aligned lines.</summary>
    public static void Print(IReadOnlyDictionary<string, object?> scores, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(scores));
            return;
        }
        foreach (var (k, v) in scores)
            Console.Out.WriteLine($"{k,-20} {(v is double d ? d.ToString("F4") : JsonSerializer.Serialize(v))}");
    }

    /// <summary>Prints the scores, or the evaluation's one-line error as a fatal error of <c>sitrep eval TASK</c>.</summary>
    public static int Report(EvaluationResult result, string task, bool json)
    {
        if (!result.Success)
        {
            Console.Error.WriteLine($"sitrep eval {task}: {result.Error}");
            return ExitCodes.Fatal;
        }
        Print(result.Scores, json);
        return ExitCodes.Ok;
    }

    /// <summary>A missing gold path is a usage error with one clear line.</summary>
    public static bool CheckGold(string gold, string task)
    {
        if (File.Exists(gold) || Directory.Exists(gold)) return true;
        Console.Error.WriteLine($"sitrep eval {task}: gold data '{gold}' not found");
        return false;
    }
}
