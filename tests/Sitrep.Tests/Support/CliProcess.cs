namespace Sitrep.Tests.Support;

/// <summary>
/// Runs the CLI as a user would (arguments in, exit code and output back), in this process with the console
/// captured. Tests using it belong to the <see cref="ConsoleCollection"/>, which runs alone, so no other test
/// writes to the console meanwhile.
/// </summary>
public static class CliProcess
{
    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            int code = Sitrep.Cli.Cli.Run(args);
            return new Result(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
