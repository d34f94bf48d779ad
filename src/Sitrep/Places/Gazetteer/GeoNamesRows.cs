using System.Globalization;
using Sitrep.Places.Geometry;

namespace Sitrep.Places.Gazetteer;

/// <summary>Parses the GeoNames dump formats (tab-separated UTF-8, no header row).</summary>
internal static class GeoNamesRows
{
    /// <summary>Alternate names are kept only in Latin script: the text we read is English.</summary>
    public static bool IsLatinName(ReadOnlySpan<char> name)
    {
        if (name.Length < 2) return false;
        foreach (char c in name) if (c >= 0x2B0 && c is not ('’' or '‘' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ')) return false;
        return true;
    }

    /// <summary>A row of the geoname table (allCountries, IQ, cities15000, cities500: 19 columns), or null when it is not one.</summary>
    public static PlaceEntry? ParsePlace(string line)
    {
        var c = line.Split('\t');
        if (c.Length < 15 || !int.TryParse(c[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id)) return null;
        if (!double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) ||
            !double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)) return null;
        long.TryParse(c[14], NumberStyles.None, CultureInfo.InvariantCulture, out long population);
        var entry = new PlaceEntry
        {
            GeonameId = id, Name = c[1], Point = new GeoPoint(lat, lon), Population = population,
            Feature = $"{c[6]}.{c[7]}", CountryIso2 = c[8], Admin1 = c[10], Admin2 = c[11],
        };
        entry.AddName(c[2]);
        foreach (var alt in c[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (IsLatinName(alt)) entry.AddName(alt);
        return entry;
    }

    /// <summary>A row of admin1CodesASCII.txt or admin2Codes.txt ("US.CA  California  California  5332921").</summary>
    public static (string Code, string Name, string AsciiName, int GeonameId)? ParseAdminCode(string line)
    {
        var c = line.Split('\t');
        if (c.Length < 4 || !c[0].Contains('.') || !int.TryParse(c[3], NumberStyles.None, CultureInfo.InvariantCulture, out int id)) return null;
        return (c[0], c[1], c[2], id);
    }

    /// <summary>A row of alternateNamesV2.txt: (geonameid, language, name), skipping links, codes and historic names.</summary>
    public static (int GeonameId, string Name)? ParseAlternateName(string line)
    {
        var c = line.Split('\t');
        if (c.Length < 4 || !int.TryParse(c[1], NumberStyles.None, CultureInfo.InvariantCulture, out int id)) return null;
        var lang = c[2];
        if (lang is "link" or "wkdt" or "post" or "iata" or "icao" or "faac" or "fr_1793" or "abbr" or "unlc") return null;
        if (c.Length > 7 && c[7] == "1") return null; // historic
        return IsLatinName(c[3]) ? (id, c[3]) : null;
    }

    /// <summary>A row of countryInfo.txt: ISO2, ISO3, name and the country's GeoNames id.</summary>
    public static (CountryCodes Codes, int GeonameId)? ParseCountryInfo(string line)
    {
        if (line.StartsWith('#')) return null;
        var c = line.Split('\t');
        if (c.Length < 17 || c[0].Length != 2 || !int.TryParse(c[16], NumberStyles.None, CultureInfo.InvariantCulture, out int id)) return null;
        return (new CountryCodes(c[0], c[1], c[4]), id);
    }
}
