namespace Sitrep;

/// <summary>
/// Where data lives when the options name nothing else: models/ and deps/npm/node_modules in the checkout that
/// holds the running assembly (found by walking up to Sitrep.sln), else beside the executable; the cache in
/// ~/.cache/sitrep. Front ends may override each path (the CLI reads SITREP_MODELS, SITREP_NPM, SITREP_CACHE).
/// </summary>
public static class DefaultLocations
{
    static readonly string Root = FindRepositoryRoot() ?? AppContext.BaseDirectory;

    static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln"))) return dir.FullName;
        return null;
    }

    public static string Models => Path.Combine(Root, "models");
    public static string Npm => Path.Combine(Root, "deps", "npm", "node_modules");

    public static string Cache
    {
        get
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, ".cache", "sitrep");
        }
    }
}
