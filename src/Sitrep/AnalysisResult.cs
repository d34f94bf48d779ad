using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep;

/// <summary>What <see cref="Analyzer.AnalyzeMany(IEnumerable{IngestResult}, int?, Func{Doc, bool}?, StageTimings?, CancellationToken)"/> yields for one input.</summary>
public abstract record AnalysisResult;

/// <summary>The document, analysed.</summary>
public sealed record Analysed(Doc Doc) : AnalysisResult;

/// <summary>The document was read but not analysed: the skip test accepted it (e.g. the store already holds its id).</summary>
public sealed record AlreadyAnalysed(Doc Doc) : AnalysisResult;

/// <summary>A stage failed on this document; the others go on.</summary>
public sealed record AnalysisFailed(Doc Doc, StageFailure Failure) : AnalysisResult;

/// <summary>A reader could not make a document of this input.</summary>
public sealed record NotRead(IngestError Error) : AnalysisResult;

/// <summary>An input passed over on purpose (e.g. a README inside a corpus).</summary>
public sealed record NotADocument(IngestSkipped Skipped) : AnalysisResult;
