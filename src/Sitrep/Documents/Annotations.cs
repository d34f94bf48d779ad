namespace Sitrep.Documents;

/// <summary>One mention of an entity. <see cref="Kind"/>: name, alias, acronym, surname, description, pronoun.</summary>
public sealed record Mention(int StartChar, int EndChar, string Text, string Kind = "name")
{
    /// <summary>Set when the mention is in an image caption: offsets then point into <c>Info.Captions[CaptionIndex]</c>.</summary>
    public int? CaptionIndex { get; init; }
}

/// <summary>One referent with all its mentions (in-document entity resolution).</summary>
public sealed class Entity
{
    public required string Id { get; init; }
    /// <summary>PER, ORG, GPE, LOC, NORP, FAC, EVENT, MISC.</summary>
    public required string Type { get; set; }
    public required string Canonical { get; set; }
    /// <summary>ISO 3166 alpha-3.</summary>
    public string? Country { get; set; }
    /// <summary>PLOVER sector code (GOV, MIL, REB, JRN, ...).</summary>
    public string? Sector { get; set; }
    public List<string> Roles { get; init; } = [];
    public List<Mention> Mentions { get; init; } = [];
    public double Confidence { get; set; } = 1.0;
}

/// <summary>A TIMEX3 expression. Type: DATE, TIME, DURATION, SET.</summary>
public sealed record Timex(int StartChar, int EndChar, string Text, string Type, string Value, string? Anchor = null)
{
    /// <summary>Start of the matched span in tokens, when known (-1 otherwise).</summary>
    public int StartToken { get; init; } = -1;
    public int EndToken { get; init; } = -1;
    /// <summary>Set when the expression was read from an image caption: offsets then point into <c>Info.Captions[CaptionIndex]</c>.</summary>
    public int? CaptionIndex { get; init; }
}

/// <summary>A resolved (or unresolved, GeonameId null) toponym.</summary>
public sealed record Place(int StartChar, int EndChar, string Text)
{
    public long? GeonameId { get; init; }
    public string? Name { get; init; }
    /// <summary>ISO 3166 alpha-3 (contract: country codes are alpha-3).</summary>
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    /// <summary>GeoNames admin-1 code within the country ("TX", "05").</summary>
    public string? Admin1Code { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>GeoNames feature class.code, e.g. P.PPLA, A.PCLI, L.RGN.</summary>
    public string? Feature { get; init; }
    public bool Approximate { get; init; }
    public double? RadiusKm { get; init; }
    /// <summary>For a relative location, the text of the anchor place ("Mosul").</summary>
    public string? Anchor { get; init; }
    public double Confidence { get; init; }
    /// <summary>Set when the place was read from an image caption: offsets then point into <c>Info.Captions[CaptionIndex]</c>.</summary>
    public int? CaptionIndex { get; init; }
}

/// <summary>Direct, partial, mixed or reported speech.</summary>
public sealed record Quote(string Kind, CharSpan Content)
{
    public CharSpan? Cue { get; init; }
    public CharSpan? Source { get; init; }
    public string? SourceText { get; init; }
    /// <summary>Entity id of the speaker, when resolved.</summary>
    public string? Speaker { get; init; }
    /// <summary>Further speakers, e.g. the outlet that relays someone else's words.</summary>
    public List<string> AlsoAttributedTo { get; init; } = [];
    public double Confidence { get; init; }
}
