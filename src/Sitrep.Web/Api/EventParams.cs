using Microsoft.AspNetCore.Mvc;

namespace Sitrep.Web.Api;

/// <summary>The event filters every list endpoint takes: the CLI's filters plus status, document, source, text and bbox.</summary>
public sealed record EventParams
{
    /// <summary>PLOVER event type, e.g. ASSAULT.</summary>
    [FromQuery(Name = "type")] public string? Type { get; init; }
    /// <summary>occurred, ongoing, planned, hypothetical, negated or reported.</summary>
    [FromQuery(Name = "status")] public string? Status { get; init; }
    /// <summary>ISO 3166 alpha-3 of an actor, a recipient or the place.</summary>
    [FromQuery(Name = "country")] public string? Country { get; init; }
    /// <summary>Part of an actor's or recipient's name.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    /// <summary>Part of the source: the URL's host or the file the document came from.</summary>
    [FromQuery(Name = "source")] public string? Source { get; init; }
    /// <summary>Words that must all occur in the event's sentence, title, actors or place.</summary>
    [FromQuery(Name = "q")] public string? Text { get; init; }
    /// <summary>Events on or after this date (YYYY[-MM[-DD]]).</summary>
    [FromQuery(Name = "since")] public string? Since { get; init; }
    /// <summary>Events on or before this date (YYYY[-MM[-DD]]).</summary>
    [FromQuery(Name = "until")] public string? Until { get; init; }
    /// <summary>Only the events of this document (its id).</summary>
    [FromQuery(Name = "doc")] public string? Document { get; init; }
    /// <summary>A place name among stored events, or LAT,LON.</summary>
    [FromQuery(Name = "near")] public string? Near { get; init; }
    /// <summary>Radius in km for near (default 50).</summary>
    [FromQuery(Name = "radius")] public double? RadiusKm { get; init; }
    /// <summary>West,south,east,north in degrees.</summary>
    [FromQuery(Name = "bbox")] public string? Bbox { get; init; }
}

/// <summary>Paging, order and format of <c>GET /api/events</c>.</summary>
public sealed record PageParams
{
    /// <summary>1-based page number.</summary>
    [FromQuery(Name = "page")] public int? Page { get; init; }
    /// <summary>Events per page, 1 to 1000 (default 50).</summary>
    [FromQuery(Name = "page_size")] public int? PageSize { get; init; }
    /// <summary>date, type, status, country, place, actor, source, confidence, dead, document or id; a leading '-' sorts descending.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    /// <summary>json (paged, default), geojson, csv, jsonl, gdelt, acled or plover (the last five are downloads of every match).</summary>
    [FromQuery(Name = "format")] public string? Format { get; init; }
}
