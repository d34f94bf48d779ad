namespace Sitrep.Events.Export;

/// <summary>CAMEO facts the GDELT export needs: quad class and a root-level Goldstein value, and PLOVER sectors as CAMEO role codes.</summary>
public static class CameoCodes
{
    /// <summary>GDELT's quad classes: roots 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict.</summary>
    public static int QuadClass(string root) => int.TryParse(root, out var r) ? r switch
    {
        <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4,
    } : 0;

    // Typical Goldstein value of each root's codes (root-level summary of the published scale).
    static readonly Dictionary<string, double> RootGoldstein = new()
    {
        ["01"] = 0.0, ["02"] = 3.0, ["03"] = 4.0, ["04"] = 1.0, ["05"] = 3.5, ["06"] = 6.0, ["07"] = 7.0,
        ["08"] = 5.0, ["09"] = -2.0, ["10"] = -5.0, ["11"] = -2.0, ["12"] = -4.0, ["13"] = -6.0, ["14"] = -6.5,
        ["15"] = -7.2, ["16"] = -4.0, ["17"] = -7.0, ["18"] = -9.0, ["19"] = -10.0, ["20"] = -10.0,
    };

    public static double? Goldstein(string root) => RootGoldstein.TryGetValue(root, out var g) ? g : null;

    /// <summary>PLOVER sector to the nearest CAMEO role code (empty when CAMEO has none).</summary>
    public static string Role(string? sector) => sector switch
    {
        null or "UNK" or "PTY" or "PRE" => "",
        "JRN" => "MED",
        "MED" => "HLH",
        "PRM" => "UAF",
        "SOC" => "NGO",
        "LEG" => "LEG",
        _ => sector,
    };
}
