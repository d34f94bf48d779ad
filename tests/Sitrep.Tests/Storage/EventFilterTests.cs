using Sitrep.Cli;
using Sitrep.Storage;
using Sitrep.Tests.Storage.Export;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

[Collection(ConsoleCollection.Name)]
public sealed class EventFilterTests : IClassFixture<EventFilterTests.Data>
{
    public sealed class Data : IDisposable
    {
        public readonly ExportFixtures.Store Store = new();
        public void Dispose() => Store.Dispose();
    }

    readonly ExportFixtures.Store _store;
    public EventFilterTests(Data data) => _store = data.Store;

    [Theory]
    [InlineData("--country", "Iraqq")]
    [InlineData("--country", "XYZ")]
    [InlineData("--since", "yesterday")]
    [InlineData("--since", "2005-13-45")]
    [InlineData("--until", "2016-02-30")]
    [InlineData("--type", "FIGHTING")]
    [InlineData("--status", "occurred,maybe")]
    [InlineData("--doc", "not-an-id")]
    [InlineData("--sort", "colour")]
    [InlineData("--radius", "10")]
    [InlineData("--near", "Atlantis")]
    [InlineData("--near", "95,200")]
    [InlineData("--offset", "-3")]
    public void A_bad_filter_value_exits_2_with_one_line_naming_the_database(string option, string value)
    {
        var r = CliProcess.Run("events", "--db", _store.Path, option, value);
        Assert.Equal(ExitCodes.Fatal, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.Contains(option, line);
        Assert.Contains(_store.Path, line);
        Assert.Empty(r.Out);
    }

    [Fact]
    public void A_parse_error_is_a_usage_error_exiting_2() =>
        Assert.Equal(ExitCodes.Fatal, CliProcess.Run("events", "--db", _store.Path, "--limit", "many").Code);

    [Theory]
    [InlineData("Iraq", "IRQ")]
    [InlineData("irq", "IRQ")]
    [InlineData("United States of America", "USA")]
    [InlineData("Israel", "ISR")]
    public void Country_takes_iso3_or_a_name(string value, string iso3) =>
        Assert.Equal(iso3, EventFilterParser.Parse(new EventFilterText { Country = value }).Country);

    static List<StoredEvent> Query(ExportFixtures.Store store, EventFilterText f, Func<Sitrep.Documents.EventRecord, bool>? include = null)
    {
        using var db = DocumentStore.OpenReadOnly(store.Path);
        return [.. db.QueryEvents(EventFilterParser.Parse(f), include)];
    }

    [Fact]
    public void Status_doc_sort_offset_and_limit_select_and_order_events()
    {
        Assert.Equal(["planned"], Query(_store, new() { Status = "planned" }).Select(e => e.Event.Status).Distinct());
        var all = Query(_store, new() { Sort = "-date" });
        Assert.Equal(8, all.Count);
        Assert.Equal("2024-W20", all[0].Event.Date!.Value);
        Assert.Equal(all.Skip(2).Take(3).Select(e => e.Id), Query(_store, new() { Sort = "-date", Offset = 2, Limit = 3 }).Select(e => e.Id));
        var doc = all[0].DocumentId;
        Assert.All(Query(_store, new() { Doc = doc[..6] }), e => Assert.Equal(doc, e.DocumentId));
    }

    [Fact]
    public void Filters_apply_before_the_limit()
    {
        bool Acled(Sitrep.Documents.EventRecord e) => new Sitrep.Storage.Export.AcledExporter().Includes(e);
        var first = Query(_store, new() { Limit = 2 }, Acled);
        Assert.Equal(2, first.Count);
        Assert.All(first, e => Assert.True(Acled(e.Event)));
    }

    [Fact]
    public void Table_and_csv_show_event_and_document_ids()
    {
        var id = Query(_store, new() { Status = "planned" }).Single().Id;
        foreach (var format in new[] { "table", "csv" })
        {
            var file = _store.Path + "." + format;
            var r = CliProcess.Run("events", "--db", _store.Path, "--status", "planned", "--format", format, "-o", file);
            Assert.Equal(0, r.Code);
            var text = File.ReadAllText(file);
            File.Delete(file);
            Assert.Contains(id, text);
            if (format == "csv") Assert.Contains($"{id},{id[..id.IndexOf('-')]},", text);
        }
    }
}
