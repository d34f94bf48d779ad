using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Ingest.Readers;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Runs the whole pipeline on every article of an e2e gold file and scores its events with <see cref="E2eScorer"/>.
/// Each article is fetched from the shared data folder by locator, its hash checked, and turned into a document the
/// way Sitrep's ingest does (same clean-up, title and date from the corpus record).
/// </summary>
internal static class E2eEvaluator
{
    /// <param name="sharedRoot">The shared data folder; null looks for "shared" beside an ancestor of the gold file.</param>
    public static EvaluationResult Evaluate(string goldPath, AnalyzerOptions options, string? sharedRoot = null, TextWriter? errors = null)
    {
        var read = E2eGoldReader.Read(goldPath);
        if (!read.Success) return EvaluationResult.Fail(read.Error!);
        sharedRoot ??= E2eArticleSource.FindSharedRoot(goldPath);
        if (sharedRoot is null || !Directory.Exists(sharedRoot))
            return EvaluationResult.Fail($"{goldPath}: the shared data folder holding the gold's articles was not found (give it with --shared)");

        // Every text is fetched and its hash checked before any model loads: a changed corpus fails at once.
        var source = new E2eArticleSource(sharedRoot);
        var articles = new List<(E2eArticle Gold, E2eArticleText Text)>(read.Articles.Count);
        foreach (var gold in read.Articles)
        {
            var (article, error) = source.Load(gold);
            if (article is null) return EvaluationResult.Fail(error!);
            articles.Add((gold, article));
        }

        var pipeline = StageCatalog.Build(options);
        var scorer = new E2eScorer();
        foreach (var (gold, article) in articles)
        {
            var doc = ToDoc(gold, article, options);
            if (doc is null) return EvaluationResult.Fail($"{gold.Id}: ingest found no body text");
            if (pipeline.Process(doc) is { } failure) return EvaluationResult.Fail($"{gold.Id}: {failure.Message}");
            scorer.Add(gold, article.Text, Predicted(doc), errors);
        }
        return EvaluationResult.Ok(scorer.Scores());
    }

    /// <summary>The document <c>sitrep run</c> would make of the record (the CSV reader's clean-up, title and date).</summary>
    static Doc? ToDoc(E2eArticle gold, E2eArticleText article, AnalyzerOptions options)
    {
        var input = new SourceInput(gold.Corpus, $"record {gold.Record}", gold.Corpus);
        var raw = new RawDocument(input, article.Text) { Title = article.Title, Published = options.Published ?? article.Published };
        return DocumentBuilder.Build(raw, new IngestOptions()) is IngestedDocument ingested ? ingested.Doc : null;
    }

    /// <summary>The document's events as the contract JSON gives them.</summary>
    public static List<E2ePredictedEvent> Predicted(Doc doc)
    {
        var events = new List<E2ePredictedEvent>(doc.Events.Count);
        using var buffer = new MemoryStream();
        foreach (var e in doc.Events)
        {
            buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(buffer)) DocJsonWriter.WriteEvent(w, e, doc.EvidenceText(e));
            using var json = JsonDocument.Parse(buffer.ToArray());
            events.Add(E2ePredictedEvent.FromJson(json.RootElement));
        }
        return events;
    }
}
