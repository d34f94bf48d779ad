using Sitrep.Documents;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest;

/// <summary>What a reader yields: a document ready for the pipeline, or one line saying what went wrong where.</summary>
public abstract record IngestResult;

/// <summary>A document; problems that did not stop it (invalid UTF-8 replaced, size capped) are in <see cref="Warnings"/>.</summary>
public sealed record IngestedDocument(Doc Doc) : IngestResult
{
    public IReadOnlyList<string> Warnings => Doc.Info.Warnings;
}

/// <summary><paramref name="Location"/> names the file and, where there is one, the row, record or entry.</summary>
public sealed record IngestError(string Location, string Message) : IngestResult
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>An input passed over on purpose (e.g. a README inside a corpus archive); not a failure.</summary>
public sealed record IngestSkipped(string Location, string Reason) : IngestResult
{
    public override string ToString() => $"{Location}: skipped ({Reason})";
}

public sealed record IngestOptions
{
    /// <summary>Documents longer than this (in characters) are cut, with a warning.</summary>
    public int MaxDocumentChars { get; init; } = 2_000_000;
    public string? TextColumn { get; init; }
    public string? TitleColumn { get; init; }
    public string? DateColumn { get; init; }
    public string? UrlColumn { get; init; }
    /// <summary>Main-text extractor for HTML pages (see <c>sitrep eval extract</c> for how they compare).</summary>
    public HtmlExtractor HtmlExtractor { get; init; } = HtmlExtractor.Combined;
}
