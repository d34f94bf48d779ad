namespace Sitrep.Evaluation.Events;

/// <summary>One coded participant in a gold record: its text (PLOVER GSR) and/or code (ISO3 or a PETRARCH actor code).</summary>
internal sealed record GoldParticipant(string? Text, string? Code);

/// <summary>One gold record: a sentence and its expected event(s). PETRARCH records may expect several or none.</summary>
internal sealed record GoldRecord(string Id, string Text, string? Date)
{
    /// <summary>PLOVER type (old GSR labels already mapped); null for PETRARCH codings with no PLOVER equivalent.</summary>
    public string? Type { get; init; }
    public string? Mode { get; init; }
    public List<GoldParticipant> Sources { get; init; } = [];
    public List<GoldParticipant> Targets { get; init; } = [];
    /// <summary>PETRARCH: the expected CAMEO codes (any one counts as a match).</summary>
    public List<string> CameoCodes { get; init; } = [];
    /// <summary>PETRARCH: the record expects that nothing is coded.</summary>
    public bool ExpectsNoEvent { get; init; }
}
