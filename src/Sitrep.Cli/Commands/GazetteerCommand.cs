using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Places.Gazetteer;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer import FILE…</c> (merge GeoNames dumps), <c>info</c> and <c>lookup NAME</c>.</summary>
internal static class GazetteerCommand
{
    public static readonly Argument<string[]> Files = new("FILE")
    {
        Description = "GeoNames dumps: allCountries.zip, IQ.zip, cities15000.zip, alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt",
        Arity = ArgumentArity.OneOrMore,
    };
    public static readonly Argument<string> Name = new("NAME") { Description = "A place name" };

    public static Command GetCommand()
    {
        var cmd = new Command("gazetteer", "Build, extend and query the gazetteer index");
        var import = new Command("import", "Merge GeoNames dump files into the gazetteer index");
        import.Arguments.Add(Files);
        import.SetAction(p => Import(p.GetValue(Files)!));
        var info = new Command("info", "Build the index if needed, then print its size and load time");
        info.SetAction(_ => Info());
        var lookup = new Command("lookup", "List the entries a name matches");
        lookup.Arguments.Add(Name);
        lookup.SetAction(p => Lookup(p.GetValue(Name)!));
        cmd.Subcommands.Add(import);
        cmd.Subcommands.Add(info);
        cmd.Subcommands.Add(lookup);
        return cmd;
    }

    static int Import(string[] files)
    {
        var clock = Stopwatch.StartNew();
        var (index, results) = GazetteerStore.In(CliSettings.Options()).Import(files, StderrLogger.Instance);
        foreach (var r in results)
            Console.Error.WriteLine(r.Success
                ? $"sitrep gazetteer import: {r.Path}: {r.Rows:N0} rows merged" + (r.Skipped > 0 ? $", {r.Skipped:N0} unreadable rows skipped" : "")
                : $"sitrep gazetteer import: {r.Path}: {r.Error}");
        Console.Error.WriteLine($"sitrep gazetteer import: index holds {index.Gazetteer!.Count:N0} entries ({clock.Elapsed.TotalSeconds:F1} s)");
        return results.All(r => r.Success) ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    static int Info()
    {
        var store = GazetteerStore.In(CliSettings.Options());
        var clock = Stopwatch.StartNew();
        var built = store.LoadOrBuild(StderrLogger.Instance);
        double buildSeconds = clock.Elapsed.TotalSeconds;
        if (!built.Success) { Console.Error.WriteLine($"sitrep gazetteer: {built.Error}"); return ExitCodes.Fatal; }
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        clock.Restart();
        var loaded = GazetteerFile.Read(store.IndexPath);
        double loadSeconds = clock.Elapsed.TotalSeconds;
        long bytes = GC.GetTotalMemory(true) - before;
        var g = loaded.Gazetteer!;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index {store.IndexPath}: {new FileInfo(store.IndexPath).Length / 1e6:F1} MB on disk, {g.Count:N0} entries, " +
            $"{g.NameCount:N0} names, {g.TransliterationKeyCount:N0} transliteration keys; " +
            $"first call {buildSeconds:F2} s, load {loadSeconds:F2} s, {bytes / 1e6:F0} MB managed memory; imports: {store.Imports.Count}"));
        GC.KeepAlive(loaded);
        return ExitCodes.Ok;
    }

    static int Lookup(string name)
    {
        var result = GazetteerStore.In(CliSettings.Options()).LoadOrBuild(StderrLogger.Instance);
        if (result.Gazetteer is not { } g) { Console.Error.WriteLine($"sitrep gazetteer: {result.Error}"); return ExitCodes.Fatal; }
        var key = NameKey.Normalize(name);
        var translit = NameKey.Transliterate(key);
        Console.Out.WriteLine($"key '{key}', transliteration key '{translit}'");
        foreach (var (label, postings) in new[] { ("exact", g.LookupExact(key).ToArray()), ("translit", g.LookupTransliterated(translit).ToArray()), ("demonym", g.LookupDemonym(key).ToArray()) })
            foreach (var posting in postings.Take(15))
            {
                var p = g[Gazetteer.EntryOf(posting)];
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label,-8} {p.GeonameId,9} {p.Name,-28} {p.Feature,-8} {p.Country?.Iso3,-3} {p.Admin1Code,-8} {p.Point} pop {p.Population:N0} r {p.RadiusKm:F0} km{(Gazetteer.IsMainName(posting) ? " main" : "")}"));
            }
        return ExitCodes.Ok;
    }
}
