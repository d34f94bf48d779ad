using Sitrep.Places.Geometry;

namespace Sitrep.Places.Gazetteer;

/// <summary>A country known to the gazetteer: ISO codes and the entry that stands for it.</summary>
internal sealed record CountryCodes(string Iso2, string Iso3, string Name);

/// <summary>
/// The compiled, read-only gazetteer: entry columns indexed by entry number, and two name
/// indexes (normalised and transliteration keys) mapping a key to its entries, most prominent
/// first. Immutable and safe to share between threads.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Set on a posting when the key is the entry's own main name rather than an alternate.</summary>
    internal const int MainNameFlag = 1 << 30;
    const int EntryMask = MainNameFlag - 1;

    internal int[] GeonameIds { get; init; } = [];
    internal string[] Names { get; init; } = [];
    internal float[] Lats { get; init; } = [];
    internal float[] Lons { get; init; } = [];
    internal long[] Populations { get; init; } = [];
    internal ushort[] FeatureIds { get; init; } = [];
    internal string[] Features { get; init; } = [];
    internal short[] CountryIds { get; init; } = [];
    internal CountryCodes[] Countries { get; init; } = [];
    internal int[] Admin1Ids { get; init; } = [];
    /// <summary>"US.CA" style codes; index 0 is the empty code.</summary>
    internal string[] Admin1Codes { get; init; } = [];
    internal float[] RadiiKm { get; init; } = [];
    internal string?[] MergeKeys { get; init; } = [];
    internal NameIndex Exact { get; init; } = NameIndex.Empty;
    internal NameIndex Transliterated { get; init; } = NameIndex.Empty;
    internal NameIndex Demonyms { get; init; } = NameIndex.Empty;

    public int Count => GeonameIds.Length;
    public int NameCount => Exact.KeyCount;
    public int TransliterationKeyCount => Transliterated.KeyCount;

    public GazetteerPlace this[int entry] => new(this, entry);

    /// <summary>Entries whose normalised name equals <paramref name="normalizedKey"/>.</summary>
    public ReadOnlySpan<int> LookupExact(ReadOnlySpan<char> normalizedKey) => Exact.Lookup(normalizedKey);

    /// <summary>Entries whose transliteration key equals <paramref name="transliterationKey"/>.</summary>
    public ReadOnlySpan<int> LookupTransliterated(ReadOnlySpan<char> transliterationKey) => Transliterated.Lookup(transliterationKey);

    /// <summary>Countries for which <paramref name="normalizedKey"/> is a demonym ("iraqi", "syrian").</summary>
    public ReadOnlySpan<int> LookupDemonym(ReadOnlySpan<char> normalizedKey) => Demonyms.Lookup(normalizedKey);

    public static int EntryOf(int posting) => posting & EntryMask;
    public static bool IsMainName(int posting) => (posting & MainNameFlag) != 0;

    /// <summary>The entry standing for a country (its PCLI), or -1.</summary>
    public int CountryEntry(int countryId) => countryId >= 0 && countryId < _countryEntries.Value.Length ? _countryEntries.Value[countryId] : -1;

    /// <summary>The entry standing for an admin1 area, or -1.</summary>
    public int Admin1Entry(int admin1Id) => admin1Id > 0 && admin1Id < _admin1Entries.Value.Length ? _admin1Entries.Value[admin1Id] : -1;

    /// <summary>The capital (P.PPLC) of a country, or -1.</summary>
    public int CapitalEntry(int countryId) => countryId >= 0 && countryId < _capitals.Value.Length ? _capitals.Value[countryId] : -1;

    readonly Lazy<int[]> _countryEntries, _admin1Entries, _capitals;

    internal Gazetteer()
    {
        _countryEntries = new(() => EntriesByArea(i => CountryIds[i], Countries.Length, IsCountryFeature));
        _admin1Entries = new(() => EntriesByArea(i => Admin1Ids[i] > 0 ? Admin1Ids[i] : -1, Admin1Codes.Length, f => f == "A.ADM1"));
        _capitals = new(() => EntriesByArea(i => CountryIds[i], Countries.Length, f => f == "P.PPLC"));
    }

    /// <summary>For each area id, the first entry with that id whose feature makes it the area itself.</summary>
    int[] EntriesByArea(Func<int, int> areaOf, int count, Func<string, bool> isArea)
    {
        var result = new int[count];
        Array.Fill(result, -1);
        for (int i = 0; i < Count; i++)
            if (areaOf(i) is var id && id >= 0 && result[id] < 0 && isArea(Features[FeatureIds[i]])) result[id] = i;
        return result;
    }

    internal static bool IsCountryFeature(string feature) => feature.StartsWith("A.PCL", StringComparison.Ordinal) || feature == "A.TERR";
}

/// <summary>A view of one gazetteer entry.</summary>
internal readonly struct GazetteerPlace(Gazetteer gazetteer, int entry)
{
    public int Entry => entry;
    public long? GeonameId => gazetteer.GeonameIds[entry] is > 0 and var id ? id : null;
    public string Name => gazetteer.Names[entry];
    public GeoPoint Point => new(gazetteer.Lats[entry], gazetteer.Lons[entry]);
    public long Population => gazetteer.Populations[entry];
    public string Feature => gazetteer.Features[gazetteer.FeatureIds[entry]];
    public int CountryId => gazetteer.CountryIds[entry];
    public CountryCodes? Country => CountryId >= 0 ? gazetteer.Countries[CountryId] : null;
    public int Admin1Id => gazetteer.Admin1Ids[entry];
    /// <summary>"US.CA" style code, or null.</summary>
    public string? Admin1Code => Admin1Id > 0 ? gazetteer.Admin1Codes[Admin1Id] : null;
    public float RadiusKm => gazetteer.RadiiKm[entry];
    public bool IsCountry => Gazetteer.IsCountryFeature(Feature);
    public bool IsAdmin1 => Feature == "A.ADM1";
    public bool IsArea => Feature[0] is 'A' or 'L';
}
