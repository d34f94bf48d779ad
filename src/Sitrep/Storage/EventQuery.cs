namespace Sitrep.Storage;

/// <summary>Filters for stored events; null means "any". Dates compare as ISO strings by prefix.</summary>
public sealed record EventQuery
{
    public string? Since { get; init; }
    public string? Until { get; init; }
    public string? Type { get; init; }
    /// <summary>Substring of any actor or recipient name, case-insensitive.</summary>
    public string? Actor { get; init; }
    /// <summary>ISO3 of any actor, recipient or the place.</summary>
    public string? Country { get; init; }
    public double? NearLat { get; init; }
    public double? NearLon { get; init; }
    public double RadiusKm { get; init; } = 50;
    public int? Limit { get; init; }
}

/// <summary>An event as stored, with the document it came from.</summary>
public sealed record StoredEvent(Documents.EventRecord Event, string DocumentId, string? Url, string? SourcePath, string? Title, string? Published, string SentenceText);
