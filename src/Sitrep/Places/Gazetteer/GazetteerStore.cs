using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Sitrep.Pipeline;

namespace Sitrep.Places.Gazetteer;

/// <summary>
/// Where the compiled gazetteer lives and when it is rebuilt. The index in the cache directory
/// records a fingerprint of its sources (the npm files and every imported dump: path, size, time);
/// when a source changes it is rebuilt from the npm packages and the imports are applied again.
/// </summary>
internal sealed class GazetteerStore(string cacheDirectory, string npmDirectory)
{
    public const string IndexFileName = "gazetteer.bin", ImportsFileName = "gazetteer-imports.txt";

    public static GazetteerStore In(AnalyzerOptions options) => new(options.CacheDirectory, options.NpmDirectory);

    public string IndexPath => Path.Combine(cacheDirectory, IndexFileName);
    string ImportsPath => Path.Combine(cacheDirectory, ImportsFileName);

    /// <summary>The context's gazetteer, loaded (or built) once per context; problems go to its logger.</summary>
    public static GazetteerLoadResult For(StageContext context) => context.Shared("places.gazetteer", () =>
    {
        var result = In(context.Options).LoadOrBuild(context.Logger);
        if (result.Error is { } error) context.Logger.LogWarning("gazetteer: {Error}", error);
        return result;
    });

    /// <summary>Imported dump paths, in import order.</summary>
    public IReadOnlyList<string> Imports =>
        File.Exists(ImportsPath) ? [.. File.ReadAllLines(ImportsPath).Where(l => l.Length > 0)] : [];

    public string ExpectedFingerprint()
    {
        var sb = new StringBuilder($"v{GazetteerFile.FormatVersion}|lists:{EnglishData.Fingerprint(EnglishData.GazetteerLists)}");
        foreach (var f in NpmGazetteerSource.SourceFiles(npmDirectory).Concat(Imports)) sb.Append('|').Append(Describe(f));
        return sb.ToString();
    }

    /// <summary>
    /// Name, size and a hash of the file's first and last 64 KiB: the same npm package installed in two checkouts
    /// (different file times) shares one index, while a new package version or edited dump rebuilds it.
    /// </summary>
    static string Describe(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return $"{info.Name}:absent";
        const int Edge = 1 << 16;
        using var stream = info.OpenRead();
        var buffer = new byte[(int)Math.Min(info.Length, 2 * Edge)];
        int head = stream.ReadAtLeast(buffer.AsSpan(0, (int)Math.Min(info.Length, Edge)), (int)Math.Min(info.Length, Edge));
        if (info.Length > Edge)
        {
            stream.Seek(-Math.Min(info.Length - Edge, Edge), SeekOrigin.End);
            head += stream.ReadAtLeast(buffer.AsSpan(head), buffer.Length - head);
        }
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.AsSpan(0, head)))[..16];
        return string.Create(CultureInfo.InvariantCulture, $"{info.Name}:{info.Length}:{hash}");
    }

    /// <summary>Loads the index, building it first when it is absent or its sources changed.</summary>
    public GazetteerLoadResult LoadOrBuild(ILogger? log = null)
    {
        var problem = NpmGazetteerSource.CheckSources(npmDirectory);
        if (problem != null)
            return File.Exists(IndexPath) ? GazetteerFile.Read(IndexPath) : GazetteerLoadResult.Fail(problem);
        var expected = ExpectedFingerprint();
        if (GazetteerFile.ReadFingerprint(IndexPath) == expected)
        {
            var loaded = GazetteerFile.Read(IndexPath);
            if (loaded.Success) return loaded;
        }
        log?.LogInformation("building the gazetteer index in {Path}", IndexPath);
        var builder = NpmGazetteerSource.Load(npmDirectory);
        foreach (var import in Imports)
            if (GeoNamesImport.Import(builder, import) is { Success: false } failed)
                log?.LogWarning("gazetteer import {Path}: {Error} (skipped)", failed.Path, failed.Error);
        var gazetteer = builder.Build();
        GazetteerFile.Write(gazetteer, IndexPath, expected);
        return GazetteerLoadResult.Ok(gazetteer, expected);
    }

    /// <summary>Merges dumps into the index and remembers them for later rebuilds.</summary>
    public (GazetteerLoadResult Index, IReadOnlyList<ImportResult> Imports) Import(IEnumerable<string> paths, ILogger? log = null)
    {
        var current = LoadOrBuild(log);
        var builder = current.Gazetteer is { } g ? GazetteerBuilder.From(g) : new GazetteerBuilder();
        if (current.Gazetteer is null)
        {
            NpmGazetteerSource.AddRegions(builder);
            log?.LogWarning("{Error}; the index will hold the imported files only", current.Error);
        }
        var results = new List<ImportResult>();
        var imports = Imports.ToList();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var result = GeoNamesImport.Import(builder, full);
            results.Add(result with { Path = path });
            if (result.Success && !imports.Contains(full)) imports.Add(full);
        }
        Directory.CreateDirectory(cacheDirectory);
        File.WriteAllLines(ImportsPath, imports);
        NpmGazetteerSource.AddStateAbbreviations(builder);
        var gazetteer = builder.Build();
        var fingerprint = ExpectedFingerprint();
        GazetteerFile.Write(gazetteer, IndexPath, fingerprint);
        return (GazetteerLoadResult.Ok(gazetteer, fingerprint), results);
    }
}
