namespace Sitrep.Documents;

/// <summary>Where a document came from and what its reader learned besides the body text.</summary>
public sealed record DocumentInfo
{
    /// <summary>Content hash of the cleaned text and title (hex); stable across runs.</summary>
    public string Id { get; set; } = "";
    public string? SourcePath { get; init; }
    /// <summary>Row, record or archive entry inside <see cref="SourcePath"/>, when there is one.</summary>
    public string? Locator { get; init; }
    public string? Url { get; init; }
    public string? Title { get; set; }
    public string? Byline { get; set; }
    /// <summary>The outlet that published the document (a page's site name or publisher, a feed's title), when known.</summary>
    public string? Publisher { get; set; }
    public PublishedDate? Published { get; set; }
    public string? Language { get; set; }
    /// <summary>Whether the events stage judged the document to report political or conflict events, and why.</summary>
    public DocumentRelevance? Relevance { get; set; }
    public List<string> Captions { get; init; } = [];
    public List<DroppedText> Dropped { get; init; } = [];
    /// <summary>Problems that did not stop the document (e.g. invalid UTF-8 replaced, size capped).</summary>
    public List<string> Warnings { get; init; } = [];
}

/// <summary>Publication date (ISO 8601). <paramref name="Inferred"/> marks a date read from the text, with its evidence.</summary>
public sealed record PublishedDate(string Value, bool Inferred = false, string? Evidence = null);

/// <summary>Text removed during clean-up and why (e.g. "comment-prompt", "advertisement", "copyright").</summary>
public sealed record DroppedText(string Text, string Reason);

/// <summary>
/// The events stage's relevance judgement: <paramref name="Score"/> is the relevance model's margin (null when the
/// language decided), <paramref name="Reason"/> says what decided, <see cref="Cues"/> are the words that weighed most,
/// <see cref="DroppedEvents"/> how many coded events the judgement removed.
/// </summary>
public sealed record DocumentRelevance(bool Relevant, double? Score, string Reason)
{
    public double? Threshold { get; init; }
    public List<string> Cues { get; init; } = [];
    public int DroppedEvents { get; set; }
}
