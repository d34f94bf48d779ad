using System.IO.Compression;

namespace Sitrep.Places.Gazetteer;

/// <summary>What one imported file added to the gazetteer.</summary>
internal sealed record ImportResult(string Path, int Rows, int Skipped, string? Error)
{
    public bool Success => Error is null;
}

/// <summary>
/// Merges GeoNames dump files into a builder: the geoname table (allCountries, a country file such as
/// IQ, cities15000, as .zip or .txt), alternateNamesV2, admin1CodesASCII, admin2Codes and countryInfo.
/// The kind is chosen from the file name.
/// </summary>
internal static class GeoNamesImport
{
    /// <summary>Feature classes kept from full dumps: populated places, administrative areas, regions.</summary>
    static bool Keep(PlaceEntry e) => e.Feature[0] is 'P' or 'A' or 'L' || e.Feature.StartsWith("T.ISL", StringComparison.Ordinal);

    public static ImportResult Import(GazetteerBuilder builder, string path)
    {
        if (!File.Exists(path)) return new(path, 0, 0, "file not found");
        try
        {
            int rows = 0, skipped = 0;
            foreach (var (name, lines) in Open(path))
            {
                var kind = Kind(name);
                if (kind is null) continue;
                foreach (var line in lines())
                {
                    if (line.Length == 0 || line[0] == '#') continue;
                    if (Apply(builder, kind, line)) rows++;
                    else skipped++;
                }
            }
            return rows == 0 && skipped > 0
                ? new(path, 0, skipped, "no row could be read: not a GeoNames dump file")
                : new(path, rows, skipped, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new(path, 0, 0, e.Message);
        }
    }

    static string? Kind(string fileName)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        if (!name.EndsWith(".txt", StringComparison.Ordinal) || name.StartsWith("readme", StringComparison.Ordinal)) return null;
        return name switch
        {
            _ when name.StartsWith("alternatenames", StringComparison.Ordinal) => "alternate",
            _ when name.StartsWith("admin1codes", StringComparison.Ordinal) => "admin1",
            _ when name.StartsWith("admin2codes", StringComparison.Ordinal) => "admin2",
            _ when name.StartsWith("countryinfo", StringComparison.Ordinal) => "country",
            "iso-languagecodes.txt" or "featurecodes_en.txt" or "timezones.txt" or "hierarchy.txt" => null,
            _ => "geoname",
        };
    }

    static bool Apply(GazetteerBuilder builder, string kind, string line)
    {
        switch (kind)
        {
            case "geoname":
                if (GeoNamesRows.ParsePlace(line) is not { } place) return false;
                if (Keep(place) || builder.Find(place.GeonameId) != null) builder.Add(place);
                return true;
            case "alternate":
                if (GeoNamesRows.ParseAlternateName(line) is not { } alt) return false;
                builder.Find(alt.GeonameId)?.AddName(alt.Name);
                return true;
            case "admin1":
            case "admin2":
                if (GeoNamesRows.ParseAdminCode(line) is not { } code) return false;
                if (builder.FindByMergeKey($"{(kind == "admin1" ? "ADM1" : "ADM2")}:{code.Code}") is { } area)
                {
                    area.AddName(code.Name);
                    area.AddName(code.AsciiName);
                    if (area.GeonameId == 0) area.GeonameId = code.GeonameId;
                }
                return true;
            default:
                if (GeoNamesRows.ParseCountryInfo(line) is not { } country) return line.StartsWith('#');
                builder.AddCountryCodes(country.Codes);
                if (builder.FindByMergeKey($"PCLI:{country.Codes.Iso2}") is { } entry && entry.GeonameId == 0)
                    entry.GeonameId = country.GeonameId;
                return true;
        }
    }

    /// <summary>The text files inside a .zip, or the file itself (optionally .gz).</summary>
    static IEnumerable<(string Name, Func<IEnumerable<string>> Lines)> Open(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
                yield return (entry.FullName, () => ReadLines(entry.Open()));
        }
        else if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            yield return (path[..^3], () => ReadLines(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)));
        else
            yield return (path, () => File.ReadLines(path));
    }

    static IEnumerable<string> ReadLines(Stream stream)
    {
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
