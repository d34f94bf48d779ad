using Microsoft.Extensions.Logging;

namespace Sitrep.Cli;

/// <summary>
/// The CLI's part of the composition root: the analyzer options every verb starts from, with the paths the
/// environment overrides (SITREP_MODELS, SITREP_NPM, SITREP_CACHE) and warnings on stderr.
/// </summary>
internal static class CliSettings
{
    public static AnalyzerOptions Options()
    {
        var options = new AnalyzerOptions { Logger = StderrLogger.Instance };
        if (Environment.GetEnvironmentVariable("SITREP_MODELS") is { Length: > 0 } models) options = options with { ModelsDirectory = models };
        if (Environment.GetEnvironmentVariable("SITREP_NPM") is { Length: > 0 } npm) options = options with { NpmDirectory = npm };
        if (Environment.GetEnvironmentVariable("SITREP_CACHE") is { Length: > 0 } cache) options = options with { CacheDirectory = cache };
        return options;
    }
}

/// <summary>Warnings and information as one "sitrep: …" line each on stderr.</summary>
internal sealed class StderrLogger : ILogger
{
    public static readonly StderrLogger Instance = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var level = logLevel >= LogLevel.Warning ? "warning: " : "";
        Console.Error.WriteLine($"sitrep: {level}{formatter(state, exception)}");
    }
}
