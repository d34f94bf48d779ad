using Sitrep.Places.Gazetteer;
using Sitrep.Places.Geometry;
using Sitrep.Places.Resolution;

namespace Sitrep.Tests.Places;

/// <summary>A hand-made gazetteer of a few places (GeoNames ids and points as in GeoNames).</summary>
static class TinyGazetteer
{
    public static readonly Lazy<Gazetteer> Instance = new(Build);

    public static CandidateLookup Lookup() => new(Instance.Value);

    static Gazetteer Build()
    {
        var b = new GazetteerBuilder();
        b.AddCountryCodes(new CountryCodes("US", "USA", "United States"));
        b.AddCountryCodes(new CountryCodes("IQ", "IRQ", "Iraq"));
        Add(b, 0, "United States", 39.76, -98.5, 310_000_000, "A.PCLI", "US", "", 1700, "USA", "U.S.");
        Add(b, 0, "Iraq", 33, 44, 40_000_000, "A.PCLI", "IQ", "", 370);
        Add(b, 0, "Illinois", 40.0, -89.25, 12_800_000, "A.ADM1", "US", "IL", 300);
        Add(b, 0, "Missouri", 38.25, -92.5, 6_100_000, "A.ADM1", "US", "MO", 300);
        Add(b, 4250542, "Springfield", 39.80172, -89.64371, 116_250, "P.PPLA", "US", "IL", 0);
        Add(b, 4409896, "Springfield", 37.21533, -93.29824, 169_176, "P.PPLA2", "US", "MO", 0);
        Add(b, 99072, "Mosul", 36.335, 43.11889, 1_683_000, "P.PPLA", "IQ", "15", 0, "Al Mawsil");
        Add(b, 99999001, "Ash Shura", 35.93, 43.2, 5_000, "P.PPL", "IQ", "15", 0);
        Add(b, 99999002, "USA", 40.7, -74.0, 0, "S.BLDG", "US", "NY", 0);
        return b.Build();
    }

    internal static void Add(GazetteerBuilder b, int id, string name, double lat, double lon, long pop, string feature, string iso2, string admin1, float radiusKm, params string[] alternates)
    {
        var e = new PlaceEntry
        {
            GeonameId = id, Name = name, Point = new GeoPoint(lat, lon), Population = pop, Feature = feature,
            CountryIso2 = iso2, Admin1 = admin1, RadiusKm = radiusKm,
        };
        foreach (var a in alternates) e.AddName(a);
        if (name == "Iraq") e.DemonymKeys.Add("iraqi");
        if (name == "Nigeria") e.DemonymKeys.Add("nigerian");
        b.Add(e);
    }
}
