using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep;

/// <summary>
/// The front door: loads the pipeline once (models, lexicons, gazetteer) and analyses documents. Thread-safe:
/// one analyzer serves every thread, as the CLI, the web server and the workers use it.
/// </summary>
public sealed class Analyzer
{
    readonly Lazy<DocPipeline> _pipeline;

    Analyzer(AnalyzerOptions options)
    {
        Options = options;
        _pipeline = new(() => StageCatalog.Build(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AnalyzerOptions Options { get; }

    /// <summary>The stages this analyzer runs, in order (loading them if no document has yet).</summary>
    public IReadOnlyList<IStage> Stages => _pipeline.Value.Stages;

    /// <summary>
    /// An analyzer of every stage that can run with these options (a stage whose model is absent is left out). The
    /// models load, in parallel, when the first document needs them: a run whose documents are all stored loads none.
    /// </summary>
    public static Analyzer Load(AnalyzerOptions? options = null) => new(options ?? new AnalyzerOptions());

    /// <summary>
    /// Cleans <paramref name="text"/> as the plain-text reader does, computes the document id and analyses it.
    /// Metadata in <paramref name="info"/> (title, URL, date, source) is kept; its id is computed when empty.
    /// </summary>
    /// <exception cref="AnalysisException">the text is empty, or a stage failed.</exception>
    public Doc Analyze(string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DocumentSource.FromText(text, info) switch
        {
            IngestedDocument d => Analyze(d.Doc),
            IngestError e => throw new AnalysisException(e.Location.Length > 0 ? e.ToString() : $"text: {e.Message}"),
            var other => throw new AnalysisException($"not analysed: {other}"),
        };
    }

    /// <summary>Analyses a document a reader made (its id already set).</summary>
    /// <exception cref="AnalysisException">a stage failed.</exception>
    public Doc Analyze(Doc doc) =>
        TryAnalyze(doc) is { } failure ? throw new AnalysisException($"{Location(doc)}: {failure.Message}", failure.Exception) : doc;

    /// <summary>Analyses a document; on failure returns the stage and the error instead of throwing.</summary>
    public StageFailure? TryAnalyze(Doc doc, StageTimings? timings = null)
    {
        if (Options.Published is { } published) doc.Info.Published = new PublishedDate(published);
        var pipeline = _pipeline.Value;
        return pipeline.Process(doc, timings) ?? CaptionAnalysis.Run(pipeline, doc, timings);
    }

    /// <summary>
    /// Analyses what readers yield, <see cref="AnalyzerOptions.Parallelism"/> documents at once (or
    /// <paramref name="parallelism"/>), and returns the results in input order: the output is the same for every
    /// thread count. Errors and skips pass through in order. <paramref name="skip"/> is asked first, on the reading
    /// thread: a document it accepts (e.g. already stored) is returned as <see cref="AlreadyAnalysed"/> without analysis.
    /// </summary>
    public IEnumerable<AnalysisResult> AnalyzeMany(IEnumerable<IngestResult> inputs, int? parallelism = null,
        Func<Doc, bool>? skip = null, StageTimings? timings = null, CancellationToken cancellation = default)
    {
        AnalysisResult? OnReader(IngestResult input) => input switch
        {
            IngestedDocument { Doc: var doc } when skip?.Invoke(doc) == true => new AlreadyAnalysed(doc),
            IngestedDocument => null,
            IngestError error => new NotRead(error),
            IngestSkipped skipped => new NotADocument(skipped),
            _ => throw new InvalidOperationException($"unknown ingest result {input.GetType().Name}"),
        };
        AnalysisResult Analyse(IngestResult input)
        {
            var doc = ((IngestedDocument)input).Doc;
            return TryAnalyze(doc, timings) is { } failure ? new AnalysisFailed(doc, failure) : new Analysed(doc);
        }
        return OrderedParallel.Select(inputs, Analyse, Math.Max(1, parallelism ?? Options.Parallelism), cancellation, OnReader);
    }

    /// <summary>Analyses texts (each with optional metadata) in parallel, in input order.</summary>
    public IEnumerable<AnalysisResult> AnalyzeMany(IEnumerable<(string Text, DocumentInfo? Info)> texts, int? parallelism = null) =>
        AnalyzeMany(texts.Select(t => DocumentSource.FromText(t.Text, t.Info)), parallelism);

    static string Location(Doc doc) =>
        doc.Info.Locator is { } loc ? $"{doc.Info.SourcePath}:{loc}" : doc.Info.SourcePath ?? doc.Info.Id;
}

/// <summary>A document could not be analysed; the message names it and the stage.</summary>
public sealed class AnalysisException(string message, Exception? inner = null) : Exception(message, inner);
