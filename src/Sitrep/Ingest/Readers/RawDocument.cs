namespace Sitrep.Ingest.Readers;

/// <summary>What a reader found, before clean-up: body text (paragraphs split by blank lines) and metadata.</summary>
internal sealed record RawDocument(SourceInput Source, string Text)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    /// <summary>The outlet: a page's site name or publisher, a feed's title.</summary>
    public string? Publisher { get; init; }
    /// <summary>Publication date as given by the source's metadata (normalised later).</summary>
    public string? Published { get; init; }
    /// <summary>Language declared by the source (e.g. an HTML lang attribute); used when detection is unsure.</summary>
    public string? DeclaredLanguage { get; init; }
    public List<string> Captions { get; init; } = [];
    public List<string> Warnings { get; init; } = [];
    /// <summary>Plain text whose first line may be its headline.</summary>
    public bool MayStartWithHeadline { get; init; }
}
