using Sitrep.Documents;

namespace Sitrep.Storage;

/// <summary>
/// Validated filters for stored events; null means "any". Build one from user input with
/// <see cref="EventFilterParser"/>; run it with <see cref="DocumentStore.QueryEvents"/>.
/// Every filter applies before <see cref="Offset"/> and <see cref="Limit"/>.
/// </summary>
public sealed record EventQuery
{
    /// <summary>ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD); an event overlapping it matches.</summary>
    public string? Since { get; init; }
    public string? Until { get; init; }
    /// <summary>PLOVER event type.</summary>
    public string? Type { get; init; }
    /// <summary>Substring of any actor or recipient name, case-insensitive.</summary>
    public string? Actor { get; init; }
    /// <summary>ISO3 of any actor, recipient or the place.</summary>
    public string? Country { get; init; }
    /// <summary>Event statuses to keep (occurred, planned…); null keeps all.</summary>
    public IReadOnlyList<string>? Statuses { get; init; }
    /// <summary>Document id or id prefix.</summary>
    public string? DocumentId { get; init; }
    public double? NearLat { get; init; }
    public double? NearLon { get; init; }
    /// <summary>A place name stored with some event, resolved to coordinates by the store.</summary>
    public string? NearPlace { get; init; }
    public double RadiusKm { get; init; } = 50;
    /// <summary>Substring of the outlet (publisher, else URL host, else input file name), case-insensitive.</summary>
    public string? Source { get; init; }
    /// <summary>Words that must all occur in the event's sentence, the title, an actor's or recipient's name or the place.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    /// <summary>Events placed inside this box (a box with West greater than East crosses the antimeridian).</summary>
    public GeoBox? Box { get; init; }
    public EventSort Sort { get; init; } = EventSort.Default;
    /// <summary>One row per incident (its first report, with the incident's source counts) or every report's event.</summary>
    public EventGrouping Per { get; init; } = EventGrouping.Report;
    public int Offset { get; init; }
    public int? Limit { get; init; }
}

/// <summary>Whether a query yields every stored event (report) or one per incident merged across documents.</summary>
public enum EventGrouping { Report, Incident }

/// <summary>The order of query results: one field, ascending unless <see cref="Descending"/>.</summary>
public sealed record EventSort(string Field, bool Descending = false)
{
    public static readonly EventSort Default = new("date");

    /// <summary>Fields a query can sort by.</summary>
    public static readonly IReadOnlyList<string> Fields = ["date", "type", "status", "country", "place", "actor", "source", "confidence", "dead", "document", "id"];
}

/// <summary>An event as stored, with the document it came from.</summary>
public sealed record StoredEvent(EventRecord Event, string DocumentId, string? Url, string? SourcePath, string? Title, string? Published, string SentenceText)
{
    /// <summary>The outlet that published the document (site name, feed or host), when known.</summary>
    public string? Publisher { get; init; }
    /// <summary>Row, record or archive entry inside <see cref="SourcePath"/>.</summary>
    public string? Locator { get; init; }
    /// <summary>When the document was stored (ISO 8601, UTC).</summary>
    public string? StoredAt { get; init; }

    /// <summary>The incident the event belongs to (merged across documents), when clustering ran.</summary>
    public string? Incident { get; init; }
    /// <summary>Documents reporting the incident (1 for an event of its own).</summary>
    public int Sources { get; init; } = 1;
    /// <summary>Distinct outlets (publisher, URL or input file) among those documents.</summary>
    public int Outlets { get; init; } = 1;
    /// <summary>Events, across documents, reporting the incident.</summary>
    public int Reports { get; init; } = 1;

    /// <summary>The event's id in every export: document id and event id.</summary>
    public string Id => $"{DocumentId}-{Event.Id}";
}

/// <summary>A longitude/latitude box in degrees.</summary>
public readonly record struct GeoBox(double West, double South, double East, double North)
{
    public bool Contains(double lat, double lon) =>
        lat >= South && lat <= North && (West <= East ? lon >= West && lon <= East : lon >= West || lon <= East);
}
