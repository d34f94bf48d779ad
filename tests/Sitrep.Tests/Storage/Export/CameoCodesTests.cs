using System.Globalization;
using Sitrep.Storage.Export;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Export;

public class CameoCodesTests
{
    [Fact]
    public void Goldstein_values_are_per_code_and_match_gdelts_lookup()
    {
        var lookup = File.ReadAllLines(SharedData.Require("events/cameo/gdelt_CAMEO.goldsteinscale.txt")).Skip(1)
            .Select(l => l.Split('\t')).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => double.Parse(g.First()[1], CultureInfo.InvariantCulture));
        var emitted = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src/Sitrep/Events/Cameo/plover_to_cameo.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[4]).Distinct();
        foreach (var code in emitted) Assert.Equal(lookup[code], CameoCodes.Goldstein(code));
        Assert.Equal(-10.0, CameoCodes.Goldstein("195"));
        Assert.Equal(2.8, CameoCodes.Goldstein("043"));
        Assert.Equal(lookup["18"], CameoCodes.Goldstein("1899"));   // an unlisted code falls back to its root
    }
}
