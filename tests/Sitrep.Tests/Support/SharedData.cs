namespace Sitrep.Tests.Support;

/// <summary>
/// Locates ../shared (gold data for accuracy gates). Tests that need it call <see cref="Require"/>,
/// which skips the test with a printed reason on a clone without it.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }

    /// <summary>The path of a file or folder under ../shared, or a skip naming what is missing.</summary>
    public static string Require(string relative)
    {
        if (Root is null) throw new SkipException("../shared is not beside this clone; accuracy gates need its gold data");
        var path = Path.Combine(Root, relative);
        if (!File.Exists(path) && !Directory.Exists(path)) throw new SkipException($"../shared/{relative} is missing");
        return path;
    }

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found");
        }
    }
}
