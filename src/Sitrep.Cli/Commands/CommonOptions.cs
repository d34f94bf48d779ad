using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>Options shared by several verbs.</summary>
internal static class CommonOptions
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print stack traces and per-stage timings",
        Recursive = true,
    };

    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => "sitrep.db",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object" };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var o = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => defaultValue };
        o.AcceptOnlyFromAmong(allowed);
        return o;
    }

    /// <summary>Prints one line to standard error and returns the usage/fatal exit code.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.Fatal;
    }
}
