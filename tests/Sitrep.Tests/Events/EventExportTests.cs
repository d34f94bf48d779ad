using System.Text;
using System.Text.Json;
using Sitrep.Storage.Export;
using Sitrep.Storage;
using Sitrep.Tests.Storage;

namespace Sitrep.Tests.Events;

public class EventExportTests
{
    static string Export(string format, out int written)
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(StoreFixtures.DocWithEvents());
        using var ms = new MemoryStream();
        written = EventExporters.Find(format).Write(ms, store.QueryEvents(new EventQuery()).ToList());
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void Gdelt_rows_have_61_columns_with_cameo_and_fips_geography()
    {
        var lines = Export("gdelt", out int n).TrimEnd('\n').Split('\n');
        Assert.Equal(2, n);
        var cols = lines.Single(l => l.Contains("Kirkuk")).Split('\t');
        Assert.All(lines, l => Assert.Equal(GdeltExporter.Columns, l.Split('\t').Length));
        Assert.Equal("20170503", cols[1]);
        Assert.Equal("IRQREB", cols[5]);
        Assert.Equal("IRQCVL", cols[15]);
        Assert.Equal("195", cols[26]);
        Assert.Equal("19", cols[28]);
        Assert.Equal("4", cols[29]);
        Assert.Equal("4", cols[51]);          // ActionGeo_Type: world city
        Assert.Equal("Kirkuk", cols[52]);
        Assert.Equal("IZ", cols[53]);         // FIPS code of Iraq
        Assert.Equal("https://example.org/a", cols[60]);
    }

    [Fact]
    public void Acled_has_its_header_and_skips_verbal_events()
    {
        var lines = Export("acled", out int n).TrimEnd().Split('\n');
        Assert.Equal(1, n);
        Assert.Equal(string.Join(",", AcledExporter.Header), lines[0].TrimEnd('\r'));
        Assert.Equal(31, AcledExporter.Header.Length);
        var row = lines[1];
        Assert.Contains("Explosions/Remote violence,Shelling/artillery/missile attack", row);
        Assert.Contains(",368,,Iraq,", row);  // ISO numeric, region, country
        Assert.Contains("Civilian targeting", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Geojson_and_plover_are_valid_json()
    {
        using var geo = JsonDocument.Parse(Export("geojson", out _));
        var features = geo.RootElement.GetProperty("features");
        Assert.Equal(2, features.GetArrayLength());
        Assert.Contains(features.EnumerateArray(), f => f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble() == 44.3922);

        using var plover = JsonDocument.Parse(Export("plover", out _));
        var first = plover.RootElement.EnumerateArray().Single(r => r.GetProperty("event").GetString() == "ASSAULT");
        Assert.Equal("ASSAULT", first.GetProperty("event").GetString());
        Assert.Equal("shelled", first.GetProperty("eventText").GetString());
        Assert.Equal("REB", first.GetProperty("source")[0].GetProperty("sector").GetString());
        Assert.Equal(4, first.GetProperty("dead").GetInt32());
    }

    [Fact]
    public void Jsonl_csv_and_table_write_one_line_per_event()
    {
        Assert.Equal(2, Export("jsonl", out _).TrimEnd('\n').Split('\n').Length);
        Assert.Equal(3, Export("csv", out _).TrimEnd().Split('\n').Length);
        Assert.Contains("ASSAULT/heavy-weapons", Export("table", out _));
    }
}
