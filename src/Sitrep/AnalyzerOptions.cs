using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sitrep;

/// <summary>
/// Everything an <see cref="Analyzer"/> and its stages read: every path, the publication-date override and the
/// logger. Components never look up environment variables or process-wide state; front ends fill this record.
/// </summary>
public sealed record AnalyzerOptions
{
    /// <summary>Folder holding the trained models (models/ in the checkout by default).</summary>
    public string ModelsDirectory { get; init; } = DefaultLocations.Models;
    /// <summary>npm data packages (GeoNames, countries, WordNet, given names), installed by setup.sh.</summary>
    public string NpmDirectory { get; init; } = DefaultLocations.Npm;
    /// <summary>Compiled indexes that can be rebuilt (the gazetteer).</summary>
    public string CacheDirectory { get; init; } = DefaultLocations.Cache;
    /// <summary>Publication date (ISO 8601) for every document: it overrides the date the metadata gives.</summary>
    public string? Published { get; init; }
    /// <summary>Stop after this stage (e.g. "language" for eval ud --raw).</summary>
    public string? Until { get; init; }
    /// <summary>Documents analysed at once by <see cref="Analyzer.AnalyzeMany"/>; all cores by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Where warnings (missing data, unreadable optional models) go.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;
}
