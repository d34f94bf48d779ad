namespace Sitrep.Countries;

/// <summary>
/// One country or territory: ISO 3166 alpha-2, alpha-3 and numeric codes, the FIPS 10-4 code GDELT's
/// geography uses, the English short name, and ACLED's name and region for it.
/// </summary>
internal sealed record Country(string Iso2, string Iso3, string IsoNumeric, string Fips, string Name, string AcledName, string AcledRegion)
{
    /// <summary>Official names and other spellings ("United States of America").</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];
}
