using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Analysis;

public class AnalyzerTests
{
    const string Clash = "Rebels attacked an army post near Kirkuk on Monday, killing three soldiers, police said.";
    const string Talks = "The foreign ministers of Iran and Turkey met in Ankara on Tuesday to discuss trade.";

    [Fact]
    public void Two_texts_analysed_through_the_front_door_are_two_stored_documents()
    {
        var a = TestAnalyzer.Full.Analyze(Clash);
        var b = TestAnalyzer.Full.Analyze(Talks);
        Assert.NotEqual("", a.Info.Id);
        Assert.NotEqual(a.Info.Id, b.Info.Id);
        Assert.NotEmpty(a.Events);
        var db = Path.Combine(Path.GetTempPath(), $"sitrep-analyzer-{Guid.NewGuid():N}.db");
        try
        {
            using var store = DocumentStore.Open(db);
            Assert.True(store.Save(a));
            Assert.True(store.Save(b));
            Assert.False(store.Save(a));
            Assert.Equal(2, store.GetStats().Documents);
        }
        finally { File.Delete(db); }
    }

    [Fact]
    public void The_same_text_gets_the_same_id_and_metadata_changes_it()
    {
        var first = TestAnalyzer.Full.Analyze(Clash);
        var again = TestAnalyzer.Full.Analyze(Clash);
        var titled = TestAnalyzer.Full.Analyze(Clash, new DocumentInfo { Title = "Attack near Kirkuk" });
        Assert.Equal(first.Info.Id, again.Info.Id);
        Assert.NotEqual(first.Info.Id, titled.Info.Id);
        Assert.Equal("Attack near Kirkuk", titled.Info.Title);
    }

    [Fact]
    public void An_empty_text_is_refused_with_one_line()
    {
        var e = Assert.Throws<AnalysisException>(() => TestAnalyzer.Full.Analyze("   \n "));
        Assert.DoesNotContain("\n", e.Message);
        Assert.Contains("text", e.Message);
    }

    [Fact]
    public void The_published_option_overrides_the_metadata_date()
    {
        var analyzer = Analyzer.Load(new AnalyzerOptions { Published = "2016-10-19", Until = "time" });
        var doc = analyzer.Analyze("Talks resumed yesterday.", new DocumentInfo { Published = new PublishedDate("2001-01-01") });
        Assert.Equal("2016-10-19", doc.Info.Published!.Value);
        Assert.Equal("2016-10-18", Assert.Single(doc.Timexes).Value);
    }

    [Fact]
    public void Layers_applied_by_the_pipeline_are_recorded_on_the_document()
    {
        var analyzer = Analyzer.Load(new AnalyzerOptions { Until = "tokenizer" });
        var doc = analyzer.Analyze(Talks);
        Assert.True(doc.Has(Sitrep.Pipeline.Layers.Tokens));
        Assert.False(doc.Has(Sitrep.Pipeline.Layers.Dependencies));
    }

    [Fact]
    public void Many_documents_come_back_in_input_order_and_the_same_for_every_thread_count()
    {
        var texts = Enumerable.Range(0, 24).Select(i => ((i % 3) switch
        {
            0 => $"Rebels shelled the town of Tal Afar for the {i}th day, officials said.",
            1 => $"Police arrested {i + 2} protesters in Cairo on Friday.",
            _ => Talks,
        }, (DocumentInfo?)new DocumentInfo { Title = $"item {i}" })).ToList();
        string Run(int threads) => string.Join("\n", TestAnalyzer.Full.AnalyzeMany(texts, threads)
            .Select(r => DocJsonWriter.ToJson(Assert.IsType<Analysed>(r).Doc)));
        var one = Run(1);
        Assert.Equal(one, Run(4));
        Assert.Equal(one, Run(2));
    }

    [Fact]
    public void Errors_and_skips_keep_their_place_among_documents()
    {
        IngestResult[] inputs =
        [
            DocumentSource.FromText(Clash),
            new IngestError("bad.html", "no text"),
            DocumentSource.FromText(Talks),
            new IngestSkipped("README", "housekeeping"),
        ];
        var kinds = TestAnalyzer.Full.AnalyzeMany(inputs, parallelism: 3, skip: d => d.Text.StartsWith("The foreign", StringComparison.Ordinal))
            .Select(r => r.GetType().Name).ToList();
        Assert.Equal([nameof(Analysed), nameof(NotRead), nameof(AlreadyAnalysed), nameof(NotADocument)], kinds);
    }
}
