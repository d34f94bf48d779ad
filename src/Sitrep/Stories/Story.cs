namespace Sitrep.Stories;

/// <summary>An open story: its articles' summed feature vectors (centroids), size and time span.</summary>
internal sealed class Story
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset First { get; set; }
    public DateTimeOffset Last { get; set; }
    public int Size { get; set; }
    /// <summary>One centroid per feature kind (words, entities, places, event types), in <see cref="FeatureKind"/> order.</summary>
    public SparseVector[] Centroids { get; init; } = [new(), new(), new(), new()];
    internal double[] Norms { get; } = new double[4];
    /// <summary>The index keys this story is listed under (so that it can be unlisted when it closes).</summary>
    internal HashSet<int> Keys { get; } = [];

    internal void Refresh()
    {
        for (int k = 0; k < Centroids.Length; k++) Norms[k] = Centroids[k].Norm;
    }
}

/// <summary>The feature kinds compared between an article and a story.</summary>
internal enum FeatureKind { Words, Entities, Places, EventTypes }

/// <summary>Where an article went: the story, whether it started it, and its similarity to the story it joined.</summary>
internal sealed record StoryAssignment(string StoryId, bool Started, double Similarity);
