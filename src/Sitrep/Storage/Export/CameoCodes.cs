using System.Globalization;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Export;

/// <summary>CAMEO facts the GDELT export needs: quad class, Goldstein value per code, and PLOVER sectors as CAMEO role codes.</summary>
internal static class CameoCodes
{
    /// <summary>GDELT's quad classes: roots 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict.</summary>
    public static int QuadClass(string root) => int.TryParse(root, out var r) ? r switch
    {
        <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4,
    } : 0;

    static readonly Lazy<Dictionary<string, double>> Scale = new(() =>
        EmbeddedData.Lines("Storage/Export/goldstein.tsv")
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture)));

    /// <summary>The Goldstein value of a CAMEO code; a code missing from the table takes its base (3-digit) code's, then its root's.</summary>
    public static double? Goldstein(string code)
    {
        for (int length = code.Length; length >= 2; length--)
            if (Scale.Value.TryGetValue(code[..length], out var g)) return g;
        return null;
    }

    /// <summary>PLOVER sector to the nearest CAMEO role code (empty when CAMEO has none).</summary>
    public static string Role(string? sector) => sector switch
    {
        null or "UNK" or "PTY" or "PRE" or "IGO" or "NGO" => "",
        "JRN" => "MED",
        "MED" => "HLH",
        "PRM" => "UAF",
        "SOC" => "NGO",
        _ => sector,
    };
}
