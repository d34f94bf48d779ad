namespace Sitrep.Documents;

/// <summary>A PLOVER-coded event with the evidence behind every field.</summary>
public sealed class EventRecord
{
    public required string Id { get; set; }
    /// <summary>PLOVER event type (AGREE ... ASSAULT).</summary>
    public required string Type { get; set; }
    public string? Mode { get; set; }
    public List<string> Context { get; init; } = [];
    /// <summary>occurred, ongoing, planned, hypothetical, negated, reported.</summary>
    public string Status { get; set; } = EventStatus.Occurred;
    public List<EventParticipant> Actors { get; init; } = [];
    public List<EventParticipant> Recipients { get; init; } = [];
    public EventPlace? Place { get; set; }
    /// <summary>The event's own date as the text gives it; null when the text gives none (see <see cref="Reported"/>).</summary>
    public EventDate? Date { get; set; }
    /// <summary>The report date: the document's publication date (ISO), kept apart from the event's own date.</summary>
    public string? Reported { get; set; }
    /// <summary>Who says the event happened: the speaker when it is told in a quote or reported speech, else the outlet.</summary>
    public EventSource? Source { get; set; }
    public EventCount? Dead { get; set; }
    public EventCount? Injured { get; set; }
    public EventCount? Arrested { get; set; }
    public EventCount? Size { get; set; }
    public string? Cameo { get; set; }
    public double Confidence { get; set; }
    public required CharSpan Sentence { get; init; }
    /// <summary>Set when the event was read from an image caption: evidence offsets then point into <c>Info.Captions[CaptionIndex]</c>, not the text.</summary>
    public int? CaptionIndex { get; set; }
    /// <summary>Field name to the characters it was read from (trigger, actor, recipient, place, date, dead...).</summary>
    public Dictionary<string, CharSpan> Fields { get; init; } = [];
}

public static class EventStatus
{
    public const string Occurred = "occurred", Ongoing = "ongoing", Planned = "planned",
        Hypothetical = "hypothetical", Negated = "negated", Reported = "reported";
}

public sealed record EventParticipant(string? Entity, string Text, string? Country, string? Sector);

public sealed record EventPlace(string Name, long? GeonameId, double? Lat, double? Lon, bool Approximate, double? RadiusKm)
{
    /// <summary>ISO 3166 alpha-3 of the place, when resolved.</summary>
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    /// <summary>GeoNames admin-1 code within the country ("TX", "05"), when resolved.</summary>
    public string? Admin1Code { get; init; }
    /// <summary>GeoNames feature class.code (A.PCLI, P.PPL ...).</summary>
    public string? Feature { get; init; }
}

/// <summary>The event's own date; <paramref name="FromPublished"/> marks the DCT fall-back (read from older JSON only).</summary>
public sealed record EventDate(string Value, string Precision, bool FromPublished = false);

/// <summary>A count with its range when reports in the document differ; <see cref="Best"/> is the one reported.</summary>
public sealed record EventCount(int Best, int? Low = null, int? High = null);

/// <summary>Who tells an event: <see cref="Kind"/> is speaker or outlet; <see cref="Entity"/> the speaker's entity id when resolved.</summary>
public sealed record EventSource(string Kind, string? Text, string? Entity)
{
    public const string Speaker = "speaker", Outlet = "outlet";
}
