using Sitrep.Pipeline;

namespace Sitrep.Countries;

/// <summary>
/// The one countries table (Countries/countries.tsv, rebuilt by scripts/build-countries.py): every
/// stage and export looks codes and names up here.
/// </summary>
internal static class CountryTable
{
    static readonly Lazy<Index> Data = new(Load);

    public static IReadOnlyList<Country> All => Data.Value.Rows;

    public static Country? ByIso3(string? iso3) => Find(Data.Value.ByIso3, iso3);

    public static Country? ByIso2(string? iso2) => Find(Data.Value.ByIso2, iso2);

    /// <summary>An ISO alpha-3 or alpha-2 code, or an English name or other spelling ("Iraq", "United States of America"), case-insensitive.</summary>
    public static Country? Lookup(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName)) return null;
        var key = codeOrName.Trim();
        return key.Length switch
        {
            3 when ByIso3(key) is { } c => c,
            2 when ByIso2(key) is { } c => c,
            _ => Find(Data.Value.ByName, key),
        };
    }

    static Country? Find(Dictionary<string, Country> index, string? key) =>
        key != null && index.TryGetValue(key, out var c) ? c : null;

    sealed record Index(List<Country> Rows, Dictionary<string, Country> ByIso3, Dictionary<string, Country> ByIso2, Dictionary<string, Country> ByName);

    static Index Load()
    {
        var rows = EmbeddedData.Lines("Countries/countries.tsv")
            .Select(l => l.Split('\t'))
            .Select(f => new Country(f[0], f[1], f[2], f[3], f[4], f[5], f[6])
            {
                OtherNames = f.Length > 7 && f[7].Length > 0 ? f[7].Split(';') : [],
            })
            .ToList();
        var byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        // Short and ACLED names first, so an official name shared with another row never displaces them.
        foreach (var c in rows) { byName.TryAdd(c.Name, c); byName.TryAdd(c.AcledName, c); }
        foreach (var c in rows) foreach (var n in c.OtherNames) byName.TryAdd(n, c);
        return new Index(rows,
            rows.ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase),
            rows.ToDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase),
            byName);
    }
}
