using System.CommandLine;
using Sitrep.Cli.Commands.Train;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train MODEL --train PATH --dev PATH --out DIR</c>: one subcommand per model, each in Commands/Train/.</summary>
internal static class TrainCommand
{
    public static Command GetCommand()
    {
        var cmd = new Command("train", "Train a model reproducibly");
        foreach (var language in TrainLanguageCommand.GetCommands()) cmd.Subcommands.Add(language);
        cmd.Subcommands.Add(TrainNerCommand.GetCommand());
        cmd.Subcommands.Add(TrainQuotesCommand.GetCommand());
        cmd.Subcommands.Add(TrainClustersCommand.GetCommand());
        cmd.Subcommands.Add(TrainRelevanceCommand.GetCommand());
        return cmd;
    }
}
