namespace Sitrep.Evaluation.Events;

/// <summary>
/// One article of Sitrep's own end-to-end event gold (one JSONL line; format in docs/gold.md). The article text is
/// not stored: <see cref="Corpus"/> + <see cref="Record"/> locate it under the shared data folder and
/// <see cref="TextSha256"/> pins the exact text every offset refers to.
/// </summary>
internal sealed record E2eArticle(string Id, string Corpus, int Record, string TextSha256)
{
    /// <summary>The document's own date (ISO), the report date every event carries.</summary>
    public string? ReportDate { get; init; }
    /// <summary>Publisher of the article: the source of every event not told by a speaker.</summary>
    public string? Outlet { get; init; }
    public List<E2eGoldEvent> Events { get; init; } = [];
}

/// <summary>A hand-coded PLOVER event of one article.</summary>
internal sealed record E2eGoldEvent(string Type, string Status)
{
    public string? Mode { get; init; }
    public List<E2eGoldParticipant> Actors { get; init; } = [];
    public List<E2eGoldParticipant> Recipients { get; init; } = [];
    public E2eGoldPlace? Place { get; init; }
    public E2eGoldDate? Date { get; init; }
    public E2eGoldCount? Dead { get; init; }
    public E2eGoldCount? Injured { get; init; }
    public E2eGoldCount? Arrested { get; init; }
    public E2eGoldSource? Source { get; init; }
    /// <summary>Sentences (character spans) that tell the event.</summary>
    public List<E2eSpan> Evidence { get; init; } = [];
}

/// <summary>Half-open character span [Start, End) into the article text.</summary>
internal readonly record struct E2eSpan(int Start, int End);

/// <summary>An actor or recipient: its mention in the text, ISO 3166 alpha-3 country and PLOVER sector.</summary>
internal sealed record E2eGoldParticipant(E2eSpan Span, string? Country, string? Sector);

/// <summary>
/// Where the event happened: a GeoNames place with its point; <see cref="Level"/> says whether the gold names a
/// point (city, town, site: matched within 25 km), an admin-1 region or a whole country.
/// </summary>
internal sealed record E2eGoldPlace(string Name, long? GeonameId, double Lat, double Lon, string Level)
{
    public const string Point = "point", Admin1 = "admin1", Country = "country";
    public string? CountryCode { get; init; }
    /// <summary>GeoNames name of the admin-1 area the place lies in (the place itself when <see cref="Level"/> is admin1).</summary>
    public string? Admin1Name { get; init; }
}

/// <summary>The event's own date: "2017-11-26" (day), "2017-11" (month) or "2017" (year).</summary>
internal sealed record E2eGoldDate(string Value, string Precision);

/// <summary>A count; Low/High when the article gives different figures.</summary>
internal sealed record E2eGoldCount(int Best, int? Low = null, int? High = null)
{
    public bool Admits(int value) => value == Best || (Low is { } lo && High is { } hi && value >= lo && value <= hi);
}

/// <summary>Who tells the event: a speaker (span of their mention) or the outlet (by name).</summary>
internal sealed record E2eGoldSource(string Kind, E2eSpan? Span, string? Name)
{
    public const string Speaker = "speaker", Outlet = "outlet";
}
