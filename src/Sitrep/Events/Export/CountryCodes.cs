using Sitrep.Pipeline;

namespace Sitrep.Events.Export;

/// <summary>ISO alpha-3 to ISO numeric, FIPS 10-4 (GDELT geography) and English name.</summary>
public static class CountryCodes
{
    public sealed record Country(string Iso3, string IsoNumeric, string Fips, string Name);

    static readonly Lazy<Dictionary<string, Country>> ByIso3 = new(() =>
        EmbeddedData.Lines("Events/Export/country_codes.tsv")
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 4)
            .Select(f => new Country(f[0], f[1], f[2] is "--" or "---" ? "" : f[2], f[3]))
            .ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase));

    public static Country? Find(string? iso3) => iso3 != null && ByIso3.Value.TryGetValue(iso3, out var c) ? c : null;
}
