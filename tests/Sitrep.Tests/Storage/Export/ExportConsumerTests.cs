using System.Globalization;
using System.Text.Json;
using Sitrep.Storage.Export;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Export;

/// <summary>Every export format read back the way its users read it: codebook columns and values, RFC 4180, RFC 7946.</summary>
public sealed class ExportConsumerTests : IClassFixture<ExportConsumerTests.Data>
{
    public sealed class Data : IDisposable
    {
        public readonly ExportFixtures.Store Store = new();
        public void Dispose() => Store.Dispose();
    }

    readonly ExportFixtures.Store _store;
    public ExportConsumerTests(Data data) => _store = data.Store;

    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    string[][] Gdelt(string? status = null) =>
        [.. _store.Export("gdelt", status).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))];

    [Fact]
    public void Gdelt_rows_parse_with_the_codebooks_61_columns_and_types()
    {
        var schema = File.ReadAllLines(SharedData.Require("events/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"))
            .Skip(1).Select(l => l.Split(',')).Select(f => (Name: f[0], Type: f[1])).ToArray();
        Assert.Equal(GdeltExporter.Columns, schema.Length);
        var rows = Gdelt();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Equal(schema.Length, row.Length);
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i].Length == 0) continue;
                switch (schema[i].Type)
                {
                    case "INTEGER": Assert.True(long.TryParse(row[i], NumberStyles.Integer, Inv, out _), $"{schema[i].Name} = '{row[i]}' is not an integer"); break;
                    case "FLOAT": Assert.True(double.TryParse(row[i], NumberStyles.Float, Inv, out _), $"{schema[i].Name} = '{row[i]}' is not a number"); break;
                }
            }
            var col = schema.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => row[x.i]);
            Assert.True(col["SQLDATE"].Length == 0 || string.CompareOrdinal(col["SQLDATE"], "19790101") >= 0, $"SQLDATE {col["SQLDATE"]}");
            Assert.InRange(double.Parse(col["GoldsteinScale"], Inv), -10, 10);
            Assert.InRange(int.Parse(col["QuadClass"], Inv), 1, 4);
            Assert.NotEmpty(col["SOURCEURL"]);
            foreach (var geo in new[] { "Actor1Geo", "Actor2Geo", "ActionGeo" })
            {
                int type = int.Parse(col[geo + "_Type"], Inv);
                Assert.InRange(type, 0, 5);
                if (type == 0) { Assert.Empty(col[geo + "_CountryCode"]); continue; }
                Assert.Matches("^[A-Z]{2}$", col[geo + "_CountryCode"]);
                Assert.Equal(type == 1 ? 2 : 4, col[geo + "_ADM1Code"].Length);
                Assert.StartsWith(col[geo + "_CountryCode"], col[geo + "_ADM1Code"]);
                Assert.InRange(double.Parse(col[geo + "_Lat"], Inv), -90, 90);
                Assert.InRange(double.Parse(col[geo + "_Long"], Inv), -180, 180);
            }
        }
    }

    [Fact]
    public void Gdelt_geography_uses_fips_and_gdelt_adm1_codes()
    {
        var rows = Gdelt();
        var sderot = rows.Single(r => r[52].StartsWith("Sderot", StringComparison.Ordinal));
        Assert.Equal(("4", "IS", "IS01"), (sderot[51], sderot[53], sderot[54]));
        Assert.Equal("20240512", sderot[1]);
        Assert.Equal("2024.3616", sderot[4]);           // 2024 + ((5 - 1)·30 + 12) / 365, as real GDELT rows compute it
        Assert.Equal("-10.0", sderot[30]);              // Goldstein of 195, not of root 19
        Assert.Equal("https://www.example.co.il/news/1", sderot[60]);
        var austin = rows.Single(r => r[52].StartsWith("Austin", StringComparison.Ordinal));
        Assert.Equal(("3", "US", "USTX"), (austin[51], austin[53], austin[54]));
        var texas = rows.Single(r => r[52].StartsWith("Texas", StringComparison.Ordinal));
        Assert.Equal(("2", "USTX"), (texas[51], texas[54]));
        var ocean = rows.Single(r => r[26] == "190" && r[1].Length == 0);
        Assert.Equal("0", ocean[51]);                    // an ocean is no GDELT place
        Assert.Equal("corpus.tar.gz:wire/c.txt", ocean[60]);
    }

    [Fact]
    public void Gdelt_ids_do_not_depend_on_the_query()
    {
        var all = Gdelt();
        Assert.Equal(all.Length, all.Select(r => r[0]).Distinct().Count());
        using var db = Sitrep.Storage.DocumentStore.OpenReadOnly(_store.Path);
        using var ms = new MemoryStream();
        new GdeltExporter().Export(db, Sitrep.Storage.EventFilterParser.Parse(new() { Type = "PROTEST" }), ms);
        var protest = System.Text.Encoding.UTF8.GetString(ms.ToArray()).TrimEnd('\n').Split('\t');
        Assert.Equal(all.Single(r => r[52].StartsWith("Texas", StringComparison.Ordinal))[0], protest[0]);
    }

    [Fact]
    public void Gdelt_and_acled_hold_facts_unless_other_statuses_are_asked_for()
    {
        Assert.DoesNotContain(Gdelt(), r => r[52].StartsWith("Gaza", StringComparison.Ordinal));
        Assert.Contains(Gdelt("planned"), r => r[52].StartsWith("Gaza", StringComparison.Ordinal));
        Assert.DoesNotContain("Gaza", _store.Export("acled"));
        Assert.Contains("Gaza", _store.Export("acled", "planned"));
        Assert.DoesNotContain(",2019-07-01,", _store.Export("acled"));
        Assert.Contains("\"status\": \"planned\"", _store.Export("plover"));
    }

    List<Dictionary<string, string>> Acled(string? status = null)
    {
        var rows = Rfc4180.Parse(_store.Export("acled", status));
        Assert.Equal(AcledExporter.Header, rows[0]);
        return [.. rows.Skip(1).Select(r => AcledExporter.Header.Zip(r).ToDictionary(x => x.First, x => x.Second))];
    }

    [Fact]
    public void Acled_rows_hold_codebook_values_only()
    {
        var codebook = File.ReadAllLines(SharedData.Require("events/acled/acled_codebook.csv"));
        var interactionLine = codebook.Single(l => l.StartsWith("interaction,", StringComparison.Ordinal));
        var interactions = System.Text.RegularExpressions.Regex.Matches(interactionLine, @"(\d+) = ").Select(m => m.Groups[1].Value).ToHashSet();
        var categories = File.ReadAllLines(SharedData.Require("events/acled/acled_event_categories.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(f => (f[0], f[1])).ToHashSet();
        var rows = Acled("occurred,ongoing,planned,negated");
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            Assert.Contains((r["event_type"], r["sub_event_type"]), categories);
            Assert.Contains(r["disorder_type"], new[] { "Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations" });
            Assert.Matches("^[1-8]$", r["inter1"]);
            Assert.Matches("^([1-8])?$", r["inter2"]);
            Assert.Contains(r["interaction"], interactions);
            Assert.Matches("^[123]$", r["time_precision"]);
            Assert.Matches("^[123]$", r["geo_precision"]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["event_date"]);
            Assert.True(int.Parse(r["fatalities"], Inv) >= 0);
            var country = Sitrep.Countries.CountryTable.All.Single(c => c.AcledName == r["country"]);
            Assert.Equal(int.Parse(country.IsoNumeric, Inv).ToString(Inv), r["iso"]);
            Assert.StartsWith(country.Iso3, r["event_id_cnty"]);
        }
        Assert.Equal(rows.Count, rows.Select(r => r["event_id_cnty"]).Distinct().Count());
    }

    [Fact]
    public void Acled_codes_actors_disorder_and_source_as_acled_does()
    {
        var rows = Acled();
        var force = rows.Single(r => r["location"] == "Austin");
        Assert.Equal("Political violence; Demonstrations", force["disorder_type"]);
        Assert.Equal(("1", "6", "16"), (force["inter1"], force["inter2"], force["interaction"]));
        Assert.Equal("United States", force["country"]);
        Assert.Equal("North America", force["region"]);
        Assert.Equal("example.com", force["source"]);
        var strike = rows.Single(r => r["location"] == "Sderot");
        Assert.Equal(("2", "7", "27", "Civilian targeting"), (strike["inter1"], strike["inter2"], strike["interaction"], strike["civilian_targeting"]));
        Assert.Equal("'@Example Daily", strike["source"]);
        Assert.Equal("National", strike["source_scale"]);
        var village = rows.Single(r => r["location"] == "Maiduguri");
        Assert.Equal(("Unidentified Armed Group (Nigeria)", "3", "37", "5"), (village["actor1"], village["inter1"], village["interaction"], village["fatalities"]));
        Assert.DoesNotContain(rows, r => r["location"] == "Atlantic Ocean");     // no country: not an ACLED row
        Assert.DoesNotContain(rows, r => r["notes"].Contains("condemned"));     // verbal: no ACLED category
    }

    [Fact]
    public void Csv_is_rfc_4180_without_formula_cells()
    {
        var rows = Rfc4180.Parse(_store.Export("csv", "occurred,ongoing,planned,negated,hypothetical,reported"));
        Assert.Equal(CsvExporter.Header, rows[0]);
        Assert.Equal(8, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(CsvExporter.Header.Length, r.Length));
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(Rfc4180.IsFormula(cell), $"formula cell: {cell}"));
        Assert.Contains(rows, r => r.Contains("-97.7431"));                    // negative numbers stay numbers
        Assert.Contains(rows, r => r.Contains("'-The army plans to strike Gaza next week."));
    }

    [Fact]
    public void Geojson_is_rfc_7946()
    {
        using var json = JsonDocument.Parse(_store.Export("geojson"));
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));                       // RFC 7946 §4: WGS 84 only, no crs member
        var ids = new HashSet<string>();
        foreach (var f in root.GetProperty("features").EnumerateArray())
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.True(ids.Add(f.GetProperty("id").GetString()!));
            var g = f.GetProperty("geometry");
            Assert.Equal("Point", g.GetProperty("type").GetString());
            var c = g.GetProperty("coordinates");
            Assert.Equal(2, c.GetArrayLength());
            Assert.InRange(c[0].GetDouble(), -180, 180);
            Assert.InRange(c[1].GetDouble(), -90, 90);
            Assert.Equal(JsonValueKind.Object, f.GetProperty("properties").ValueKind);
            if (f.GetProperty("properties").GetProperty("date").GetString() is { } date)
                Assert.True(DateOnly.TryParseExact(date, "yyyy-MM-dd", Inv, DateTimeStyles.None, out _), date);
        }
        Assert.NotEmpty(ids);
    }

    [Fact]
    public void Plover_has_iso_dates_manual_actor_codes_and_integer_counts()
    {
        using var json = JsonDocument.Parse(_store.Export("plover"));
        var records = json.RootElement.EnumerateArray().ToList();
        foreach (var r in records)
        {
            if (r.GetProperty("date").GetString() is { } date) Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", date);
            foreach (var count in new[] { "dead", "injured", "arrested", "size" })
                Assert.Contains(r.GetProperty(count).ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        }
        var condemn = records.Single(r => r.GetProperty("event").GetString() == "ACCUSE");
        Assert.Equal(["UNO", "EUR"], condemn.GetProperty("actor").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        var plan = records.Single(r => r.GetProperty("status").GetString() == "planned");
        Assert.Equal(("2024-05-13", "week"), (plan.GetProperty("date").GetString(), plan.GetProperty("datePrecision").GetString()));
    }

    [Fact]
    public void The_same_event_agrees_across_formats()
    {
        var csv = Rfc4180.Parse(_store.Export("csv")).Skip(1).Single(r => r[15] == "Sderot");
        string id = csv[0];
        using var jsonl = JsonDocument.Parse(_store.Export("jsonl").Split('\n').Single(l => l.Contains($"\"id\":\"{id}\"")));
        using var geo = JsonDocument.Parse(_store.Export("geojson"));
        var feature = geo.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);
        using var plover = JsonDocument.Parse(_store.Export("plover"));
        var record = plover.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        var gdelt = Gdelt().Single(r => r[52].StartsWith("Sderot", StringComparison.Ordinal));
        var acled = Acled().Single(r => r["location"] == "Sderot");

        Assert.Equal(acled["event_id_cnty"], "ISR" + gdelt[0]);
        var dates = new[] { csv[2], jsonl.RootElement.GetProperty("date").GetString(), feature.GetProperty("properties").GetProperty("date").GetString(),
            record.GetProperty("date").GetString(), acled["event_date"], $"{gdelt[1][..4]}-{gdelt[1][4..6]}-{gdelt[1][6..]}" };
        Assert.All(dates, d => Assert.Equal("2024-05-12", d));
        var lats = new[] { csv[18], feature.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble().ToString(Inv),
            record.GetProperty("eventLoc").GetProperty("lat").GetDouble().ToString(Inv), acled["latitude"], gdelt[56] };
        Assert.All(lats, l => Assert.Equal(31.525, double.Parse(l, Inv), 4));
        Assert.Equal("Militants", csv[9]);
        Assert.Equal("Militants", record.GetProperty("actor")[0].GetProperty("actorText").GetString());
        Assert.Equal("Militants", acled["actor1"]);
        Assert.Equal("MILITANTS", gdelt[6]);
        Assert.Equal("Militants", jsonl.RootElement.GetProperty("event").GetProperty("actors")[0].GetProperty("text").GetString());
        Assert.Equal("2", csv[22]);
        Assert.Equal(2, record.GetProperty("dead").GetInt32());
        Assert.Equal("2", acled["fatalities"]);
        Assert.Equal(2, jsonl.RootElement.GetProperty("event").GetProperty("dead").GetInt32());
    }
}
