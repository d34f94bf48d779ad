using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

internal static class Cli
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Sitrep: news reports in, geolocated, dated, source-attributed event data out.");
        root.Options.Add(CommonOptions.Verbose);
        root.Subcommands.Add(RunCommand.GetCommand());
        root.Subcommands.Add(ShowCommand.GetCommand());
        root.Subcommands.Add(StatsCommand.GetCommand());
        root.Subcommands.Add(EventsCommand.GetCommand());
        root.Subcommands.Add(IncidentsCommand.GetCommand());
        root.Subcommands.Add(StoriesCommand.GetCommand());
        root.Subcommands.Add(SearchCommand.GetCommand());
        root.Subcommands.Add(EvalCommand.GetCommand());
        root.Subcommands.Add(GazetteerCommand.GetCommand());
        root.Subcommands.Add(TrainCommand.GetCommand());
        root.Subcommands.Add(ServeCommand.GetCommand());
        return root;
    }

    public static int Run(string[] args)
    {
        try
        {
            // Our catch below prints one line; System.CommandLine's default handler would print a stack trace.
            var parsed = BuildRoot().Parse(args);
            // Usage errors exit 2 (the README's contract), not System.CommandLine's 1.
            int code = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 && code == 1 ? ExitCodes.Fatal : code;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            if (args.Contains("--verbose")) Console.Error.WriteLine(e);
            return ExitCodes.Fatal;
        }
    }
}

internal static class ExitCodes
{
    public const int Ok = 0, SomeInputsFailed = 1, Fatal = 2;
}
