namespace Sitrep.Stories;

/// <summary>
/// Online story clustering: an article joins the active story it is most similar to when the similarity reaches
/// <see cref="Threshold"/>, else it starts a story. Similarity is a weighted sum of cosines over TF-IDF words, named
/// entities, places and event types against the story's centroid. Stories with no article for <see cref="Window"/> close.
/// </summary>
public sealed record StoryOptions
{
    public double Threshold { get; init; } = 0.25;
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);
    public double TextWeight { get; init; } = 0.6;
    public double EntityWeight { get; init; } = 0.25;
    public double PlaceWeight { get; init; } = 0.1;
    public double EventTypeWeight { get; init; } = 0.05;
    /// <summary>Heaviest terms a story's centroid keeps (per feature kind): memory per story is bounded.</summary>
    public int CentroidTerms { get; init; } = 400;
    /// <summary>Title words count this many times as often as body words.</summary>
    public int TitleBoost { get; init; } = 3;
}
