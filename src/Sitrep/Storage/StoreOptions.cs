using Sitrep.Stories;

namespace Sitrep.Storage;

/// <summary>How a store merges what arrives: near-duplicate copies, stories and incidents.</summary>
public sealed record StoreOptions
{
    public NearDuplicateOptions NearDuplicates { get; init; } = new();
    /// <summary>Group documents into stories and their events into incidents as they are saved.</summary>
    public bool Clustering { get; init; } = true;
    public StoryOptions Stories { get; init; } = new();
    public IncidentOptions Incidents { get; init; } = new();
}
