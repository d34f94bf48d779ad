using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>What a reader yields: a document ready for the pipeline, or one line saying what went wrong where.</summary>
public abstract record IngestResult;

public sealed record IngestedDocument(Doc Doc) : IngestResult;

/// <summary><paramref name="Location"/> names the file and, where there is one, the row, record or entry.</summary>
public sealed record IngestError(string Location, string Message) : IngestResult
{
    public override string ToString() => $"{Location}: {Message}";
}

public sealed record IngestOptions
{
    /// <summary>Documents longer than this (in characters) are cut, with a warning.</summary>
    public int MaxDocumentChars { get; init; } = 2_000_000;
    public string? TextColumn { get; init; }
    public string? TitleColumn { get; init; }
    public string? DateColumn { get; init; }
    public string? UrlColumn { get; init; }
}
