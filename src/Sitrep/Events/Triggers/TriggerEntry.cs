namespace Sitrep.Events.Triggers;

/// <summary>How a trigger takes part in a clause; see English/triggers.tsv.</summary>
internal enum TriggerRole : byte
{
    /// <summary>Codes its own event.</summary>
    Event,
    /// <summary>Outranks the trigger of its complement ("threatened to cut aid" is THREATEN).</summary>
    Control,
    /// <summary>Lends its clause to its object's trigger ("launched an attack"); never coded alone.</summary>
    Light,
}

/// <summary>One lexicon entry: a lemma or a multiword phrase (first word inflected) and the event it signals.</summary>
internal sealed record TriggerEntry(string[] Words, bool IsVerb, string Type, string? Mode, double Weight, TriggerRole Role)
{
    /// <summary>A CAMEO code fixed by the lexicon (external dictionaries); null lets the PLOVER→CAMEO mapping decide.</summary>
    public string? Cameo { get; init; }
    /// <summary>Words that must precede the first word, in order, close before it ("will not * clash").</summary>
    public string[] Before { get; init; } = [];
    /// <summary>Per word: true when it must follow the previous word with nothing between (null: small gaps allowed).</summary>
    public bool[]? Adjacent { get; init; }
    /// <summary>The grammatical subject is the recipient, not the actor ("one soldier died").</summary>
    public bool PatientSubject { get; init; }
    public int Specificity => Words.Length + Before.Length;
    public string Lemma => string.Join(' ', Words);
}

/// <summary>A trigger found in the text: tokens [StartToken, EndToken), the head word at <see cref="HeadToken"/>.</summary>
internal readonly record struct TriggerMatch(TriggerEntry Entry, int StartToken, int EndToken, int HeadToken);
