using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// PLOVER actor codes: the ISO3 country, or for an international actor one of the manual's non-state codes
/// (UNO, EUR, IGO, NGO…), which go where a country would.
/// </summary>
internal static class PloverCodes
{
    static readonly string[] UnitedNations = ["United Nations", "UN", "U.N.", "UNSC", "UNHCR", "UNICEF", "UN Security Council", "U.N. Security Council", "UN General Assembly"];
    static readonly string[] EuropeanUnion = ["European Union", "EU", "E.U.", "European Commission", "European Council", "European Parliament"];

    /// <summary>The code for the country slot: ISO3, UNO, EUR, IGO or NGO; null when unknown.</summary>
    public static string? Country(EventParticipant a) => a.Sector switch
    {
        "IGO" when Names(a, UnitedNations) => "UNO",
        "IGO" when Names(a, EuropeanUnion) => "EUR",
        "IGO" or "NGO" => a.Country ?? a.Sector,
        _ => a.Country,
    };

    /// <summary>The sector once an international code took the country slot (none left), else the participant's.</summary>
    public static string? Sector(EventParticipant a) => a.Sector is "IGO" or "NGO" ? null : a.Sector;

    static bool Names(EventParticipant a, string[] names) =>
        names.Any(n => a.Text.Equals(n, StringComparison.OrdinalIgnoreCase) || a.Text.Equals("the " + n, StringComparison.OrdinalIgnoreCase));
}
