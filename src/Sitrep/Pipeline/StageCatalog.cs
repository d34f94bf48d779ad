namespace Sitrep.Pipeline;

/// <summary>Settings every stage factory may read.</summary>
public sealed record PipelineOptions
{
    /// <summary>Folder holding models/ (the repository root by default).</summary>
    public string ModelsDirectory { get; init; } = ModelPaths.DefaultModelsDirectory();
    /// <summary>Document creation time given by the user (--published); overrides metadata.</summary>
    public string? Published { get; init; }
    /// <summary>Stop after this stage (e.g. "language" for eval ud --raw).</summary>
    public string? Until { get; init; }
}

/// <summary>
/// The stages in pipeline order, by name, each with an explicit factory (no reflection).
/// A factory returns null when its stage cannot run here (e.g. its model is absent).
/// </summary>
public static class StageCatalog
{
    public static readonly IReadOnlyList<(string Name, Func<PipelineOptions, IStage?> Create)> Stages =
    [
        ("tokenizer", _ => new Language.Tokenization.TokenizerStage()),
        ("tagger", Language.Tagging.TaggerStage.Create),
        ("parser", Language.Parsing.ParserStage.Create),
        ("ner", Entities.Recognition.NerStage.Create),
        ("entities", Entities.Resolution.EntityStage.Create),
        ("time", o => new Time.TimeStage(o.Published)),
        ("places", _ => Places.PlacesStage.TryCreate()),
        ("quotes", Quotes.QuoteStage.Create),
        ("events", Events.EventsStage.Create),
    ];

    public static Pipeline Build(PipelineOptions options)
    {
        var stages = new List<IStage>();
        foreach (var (name, create) in Stages)
        {
            if (create(options) is { } stage) stages.Add(stage);
            if (name == options.Until) break;
        }
        return new Pipeline(stages);
    }
}

public static class ModelPaths
{
    /// <summary>The checkout holding Sitrep.sln, found walking up from the executable (null when run elsewhere).</summary>
    static readonly string? RepositoryRoot = FindRepositoryRoot();

    static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>SITREP_MODELS, else models/ in the checkout, else models/ beside the executable.</summary>
    public static string DefaultModelsDirectory() =>
        Environment.GetEnvironmentVariable("SITREP_MODELS") is { Length: > 0 } env ? env
            : Path.Combine(RepositoryRoot ?? AppContext.BaseDirectory, "models");

    /// <summary>SITREP_NPM, else deps/npm/node_modules in the checkout (installed by setup.sh).</summary>
    public static string NpmDirectory() =>
        Environment.GetEnvironmentVariable("SITREP_NPM") is { Length: > 0 } env ? env
            : Path.Combine(RepositoryRoot ?? AppContext.BaseDirectory, "deps", "npm", "node_modules");

    /// <summary>SITREP_CACHE, else ~/.cache/sitrep: compiled indexes (gazetteer) that can be rebuilt.</summary>
    public static string CacheDirectory()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_CACHE");
        if (!string.IsNullOrEmpty(env)) return env;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, ".cache", "sitrep");
    }
}
