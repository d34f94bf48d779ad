using Sitrep.Countries;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Countries;

public class CountryTableTests
{
    [Theory]
    [InlineData("ISR", "IL", "IS", "Israel")]
    [InlineData("JPN", "JP", "JA", "Japan")]
    [InlineData("SRB", "RS", "RI", "Serbia")]
    [InlineData("MMR", "MM", "BM", "Myanmar")]
    [InlineData("VAT", "VA", "VT", "Vatican City")]
    [InlineData("CYP", "CY", "CY", "Cyprus")]
    [InlineData("USA", "US", "US", "United States")]
    [InlineData("GBR", "GB", "UK", "United Kingdom")]
    [InlineData("IRQ", "IQ", "IZ", "Iraq")]
    public void Codes_of_countries_the_old_tables_lost_or_misread(string iso3, string iso2, string fips, string acledName)
    {
        var c = CountryTable.ByIso3(iso3)!;
        Assert.Equal((iso2, fips, acledName), (c.Iso2, c.Fips, c.AcledName));
        Assert.Same(c, CountryTable.ByIso2(iso2));
        Assert.Same(c, CountryTable.Lookup(c.Name));
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var all = CountryTable.All;
        Assert.True(all.Count >= 245);
        Assert.All(all, c => Assert.Matches("^[A-Z]{2}$", c.Iso2));
        Assert.All(all, c => Assert.Matches("^[A-Z]{3}$", c.Iso3));
        Assert.All(all, c => Assert.Matches("^([A-Z]{2})?$", c.Fips));
        Assert.All(all, c => Assert.NotEmpty(c.AcledRegion));
        foreach (var key in new Func<Country, string>[] { c => c.Iso2, c => c.Iso3, c => c.Fips, c => c.AcledName })
            Assert.Empty(all.Select(key).Where(k => k.Length > 0).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        // Every sovereign state has a FIPS code (GDELT geography needs one).
        Assert.Equal(["ALA", "BES", "UMI"], all.Where(c => c.Fips.Length == 0).Select(c => c.Iso3).Order());
    }

    [Fact]
    public void Fips_codes_agree_with_countryinfo_where_it_reads_cleanly()
    {
        var text = File.ReadAllText(SharedData.Require("events/countryinfo/CountryInfo.120116.txt")).Replace("\0", "");
        // Where CountryInfo.txt is wrong: CG is the DR Congo's code and SA Saudi Arabia's; GZ is the Gaza Strip alone.
        var knownErrors = new Dictionary<string, string> { ["COG"] = "CG", ["ZAF"] = "SA", ["PSE"] = "GZ" };
        int checkedCodes = 0;
        foreach (var block in text.Split("<Country>").Skip(1))
        {
            var code = System.Text.RegularExpressions.Regex.Match(block, @"<CountryCode>(\w{3})</CountryCode>");
            var fips = System.Text.RegularExpressions.Regex.Match(block, @"<FIPS-10>([A-Z]{2})</FIPS-10>");
            var iso2 = System.Text.RegularExpressions.Regex.Match(block, @"<ISO3166-alpha2>([A-Z]{2})</ISO3166-alpha2>");
            if (!code.Success || !fips.Success || CountryTable.ByIso3(code.Groups[1].Value) is not { } c) continue;
            // The file nests territories and swaps ISO columns in places; compare only where its own ISO2 agrees.
            if (!iso2.Success || iso2.Groups[1].Value != c.Iso2) continue;
            if (knownErrors.GetValueOrDefault(c.Iso3) == fips.Groups[1].Value) continue;
            Assert.Equal((c.Iso3, fips.Groups[1].Value), (c.Iso3, c.Fips));
            checkedCodes++;
        }
        Assert.True(checkedCodes > 150, $"{checkedCodes} compared");
    }
}
