using Sitrep.Stories;

namespace Sitrep.Storage;

/// <summary>How a store merges what arrives: near-duplicate copies.</summary>
public sealed record StoreOptions
{
    public NearDuplicateOptions NearDuplicates { get; init; } = new();
}
