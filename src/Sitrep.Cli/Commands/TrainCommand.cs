using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train MODEL</c>: one subcommand per trainable model.</summary>
public static class TrainCommand
{
    public static Command GetCommand()
    {
        var cmd = new Command("train", "Train a model reproducibly");
        cmd.Subcommands.Add(TrainNerCommand.GetCommand());
        return cmd;
    }
}
