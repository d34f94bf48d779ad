namespace Sitrep.Stories;

/// <summary>When events from different documents report one happening.</summary>
public sealed record IncidentOptions
{
    /// <summary>Places closer than this always match, whatever radii they carry (one town, two coordinates).</summary>
    public double MinRadiusKm { get; init; } = 25;
    /// <summary>An event reported this long after an incident's latest report starts a new incident.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);
}
