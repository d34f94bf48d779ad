using Microsoft.Data.Sqlite;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

public class DocumentStoreTests
{
    [Fact]
    public void Saving_the_same_document_twice_adds_it_once()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        Assert.True(store.Save(StoreFixtures.DocWithEvents()));
        Assert.False(store.Save(StoreFixtures.DocWithEvents()));
        var stats = store.GetStats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(2, stats.Events);
        Assert.Equal(4, stats.Tokens);
    }

    [Fact]
    public void The_same_article_in_two_files_is_two_documents()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        var a = StoreFixtures.DocWithEvents();
        var copy = new Sitrep.Documents.Doc(a.Text, a.Info with { SourcePath = "elsewhere/copy.txt" });
        copy.Info.Id = Sitrep.Ingest.DocumentIds.Compute(copy.Info, copy.Text);
        Assert.NotEqual(a.Info.Id, copy.Info.Id);
        Assert.True(store.Save(a));
        Assert.True(store.Save(copy));
        Assert.Equal(2, store.GetStats().Documents);
    }

    [Fact]
    public void Stored_json_is_found_by_id_prefix()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        var doc = StoreFixtures.DocWithEvents();
        store.Save(doc);
        var json = store.FindDocumentJson(doc.Info.Id[..6]);
        Assert.NotNull(json);
        Assert.Contains("\"Kirkuk\"", json);
        Assert.Null(store.FindDocumentJson("zzzz"));
    }

    [Fact]
    public void Committed_documents_survive_reopening()
    {
        using var db = new StoreFixtures.TempDb();
        using (var store = DocumentStore.Open(db.Path)) store.Save(StoreFixtures.DocWithEvents());
        using var again = DocumentStore.Open(db.Path);
        Assert.Equal(1, again.GetStats().Documents);
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_with_a_clear_message()
    {
        using var db = new StoreFixtures.TempDb();
        using (var c = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 999";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => DocumentStore.Open(db.Path));
        Assert.Contains("999", e.Message);
        Assert.Contains(db.Path, e.Message);
    }

    [Theory]
    [InlineData(null, null, null, null, null, 2)]
    [InlineData("2017-05-02", null, null, null, null, 2)]
    [InlineData("2017-05-04", null, null, null, null, 1)]   // the May 2017 meeting overlaps
    [InlineData("2017-06", null, null, null, null, 0)]
    [InlineData(null, "2017-05", null, null, null, 2)]
    [InlineData(null, null, "assault", null, null, 1)]
    [InlineData(null, null, null, "rebel", null, 1)]
    [InlineData(null, null, null, null, "irq", 1)]
    [InlineData(null, null, null, null, "FRA", 1)]
    public void Events_are_filtered(string? since, string? until, string? type, string? actor, string? country, int expected)
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(StoreFixtures.DocWithEvents());
        var q = new EventQuery { Since = since, Until = until, Type = type, Actor = actor, Country = country };
        Assert.Equal(expected, store.QueryEvents(q).Count());
    }

    [Theory]
    [InlineData("40,30,50,40", null, null, 1)]        // Kirkuk, not Paris
    [InlineData("170,-10,-170,10", null, null, 0)]    // a box across the antimeridian holds neither
    [InlineData(null, "kirkuk civilians", null, 1)]   // every word must occur
    [InlineData(null, "kirkuk paris", null, 0)]
    [InlineData(null, null, "example.org", 2)]        // the outlet: the URL's host
    [InlineData(null, null, "reuters", 0)]
    public void Events_are_filtered_by_box_words_and_outlet(string? bbox, string? text, string? source, int expected)
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(StoreFixtures.DocWithEvents());
        var q = EventFilterParser.Parse(new EventFilterText { Bbox = bbox, Text = text, Source = source });
        Assert.Equal(expected, store.QueryEvents(q).Count());
    }

    [Fact]
    public void A_malformed_box_is_refused_by_name()
    {
        var e = Assert.Throws<EventFilterException>(() => EventFilterParser.Parse(new EventFilterText { Bbox = "40,50,50,40" }));
        Assert.Equal("bbox", e.Filter);
    }

    [Fact]
    public void Near_uses_great_circle_distance()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(StoreFixtures.DocWithEvents());
        // Baghdad to Kirkuk is about 240 km.
        var near = new EventQuery { NearLat = 33.3406, NearLon = 44.4009 };
        Assert.Empty(store.QueryEvents(near with { RadiusKm = 200 }));
        Assert.Single(store.QueryEvents(near with { RadiusKm = 260 }));
        Assert.Equal((35.4681, 44.3922), store.FindPlace("kirkuk"));
    }

    [Fact]
    public void A_stored_document_and_its_byte_identical_copy_are_held_before_analysis()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        var a = StoreFixtures.DocWithEvents();
        var first = new Sitrep.Documents.Doc(a.Text, a.Info with { SourcePath = "bbc.tar.gz", Locator = "business/001.txt" });
        var copy = new Sitrep.Documents.Doc(a.Text, a.Info with { SourcePath = "bbc.tar.gz", Locator = "politics/117.txt" });
        var other = new Sitrep.Documents.Doc(a.Text + " More.", a.Info with { SourcePath = "bbc.tar.gz", Locator = "politics/118.txt" });
        foreach (var d in new[] { first, copy, other }) d.Info.Id = Sitrep.Ingest.DocumentIds.Compute(d.Info, d.Text);
        Assert.False(store.Holds(first));
        store.Save(first);
        store.Flush();
        Assert.True(store.Holds(first));
        Assert.True(store.Holds(copy));
        Assert.False(store.Holds(other));
        Assert.Equal(store.FindDocumentJson(first.Info.Id), store.FindStoredJson(copy));
        Assert.Null(store.FindStoredJson(other));
    }

    [Fact]
    public void A_byte_identical_article_in_one_corpus_is_stored_once_with_both_locators()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        var a = StoreFixtures.DocWithEvents();
        var first = new Sitrep.Documents.Doc(a.Text, a.Info with { SourcePath = "bbc.tar.gz", Locator = "business/001.txt" });
        var again = new Sitrep.Documents.Doc(a.Text, a.Info with { SourcePath = "bbc.tar.gz", Locator = "politics/117.txt" });
        foreach (var d in new[] { first, again }) d.Info.Id = Sitrep.Ingest.DocumentIds.Compute(d.Info, d.Text);
        Assert.True(store.Save(first));
        Assert.False(store.Save(again));
        Assert.Equal(1, store.GetStats().Documents);
        store.Flush();
        using var c = new SqliteConnection($"Data Source={db.Path};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT locator FROM document_locators ORDER BY locator";
        using var r = cmd.ExecuteReader();
        var locators = new List<string>();
        while (r.Read()) locators.Add(r.GetString(0));
        Assert.Equal(["business/001.txt", "politics/117.txt"], locators);
    }

    [Fact]
    public void Search_finds_documents_with_their_events()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(StoreFixtures.DocWithEvents());
        var hit = Assert.Single(store.Search("Kirkuk"));
        Assert.Contains("[Kirkuk]", hit.Snippet);
        Assert.Equal(2, hit.Events.Count);
        Assert.Empty(store.Search("Mosul"));
        Assert.Single(store.Search("\"Kirkuk shelled-"));     // not FTS5 syntax: searched as plain words
    }

    [Fact]
    public void Stats_count_events_by_type_status_country_month_and_source()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(StoreFixtures.DocWithEvents());
        var s = store.GetStats();
        Assert.Equal([("ASSAULT", 1L), ("CONSULT", 1L)], s.ByType);
        Assert.Equal([("occurred", 2L)], s.ByStatus);
        Assert.Equal([("FRA", 1L), ("IRQ", 1L)], s.ByCountry);
        Assert.Equal([("2017-05", 2L)], s.ByMonth);
        Assert.Equal([("example.org", 2L)], s.BySource);
    }
}
