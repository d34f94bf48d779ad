using Sitrep.Places.Gazetteer;

namespace Sitrep.Tests.Places;

public sealed class GazetteerImportTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("sitrep-gaz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static string Row(int id, string name, string alternates, double lat, double lon, string fclass, string fcode, string cc, string admin1, long pop) =>
        string.Join('\t', id, name, name, alternates, lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), fclass, fcode, cc, "", admin1, "", "", "", pop, "", "100", "Asia/Baghdad", "2024-01-01");

    [Fact]
    public void Imported_dumps_are_merged_and_survive_a_reload()
    {
        var places = Path.Combine(_dir, "XQ.txt");
        File.WriteAllLines(places,
        [
            Row(900001, "Qaryat Test", "Qaryat at-Test,Karyat Test", 35.5, 43.25, "P", "PPL", "IQ", "15", 1200),
            Row(900002, "Nineveh Test", "", 36.0, 42.5, "A", "ADM1", "IQ", "15", 0),
            "not a geonames row",
        ]);
        var admin1 = Path.Combine(_dir, "admin1CodesASCII.txt");
        File.WriteAllLines(admin1, ["IQ.15\tNinawa Test\tNinawa Test\t900002"]);
        var store = new GazetteerStore(Path.Combine(_dir, "cache"), Path.Combine(_dir, "no-npm"));

        var (index, results) = store.Import([places, admin1]);

        Assert.All(results, r => Assert.True(r.Success, r.Error));
        Assert.Equal((2, 1), (results[0].Rows, results[0].Skipped));
        var reloaded = store.LoadOrBuild();
        Assert.True(reloaded.Success, reloaded.Error);
        var g = reloaded.Gazetteer!;
        var hit = g[Gazetteer.EntryOf(g.LookupExact("karyat test")[0])];
        Assert.Equal((900001L, "Qaryat Test", "IQ.15"), (hit.GeonameId!.Value, hit.Name, hit.Admin1Code));
        var area = g[Gazetteer.EntryOf(g.LookupExact("ninawa test")[0])];
        Assert.Equal((900002L, "A.ADM1"), (area.GeonameId!.Value, area.Feature));
        Assert.Equal([Path.GetFullPath(places), Path.GetFullPath(admin1)], store.Imports);
        Assert.True(index.Success);
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var store = new GazetteerStore(Path.Combine(_dir, "cache"), Path.Combine(_dir, "no-npm"));
        var (_, results) = store.Import([Path.Combine(_dir, "absent.zip")]);
        Assert.False(Assert.Single(results).Success);
        Assert.Empty(store.Imports);
    }
}
