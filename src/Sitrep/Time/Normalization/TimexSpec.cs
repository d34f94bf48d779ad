namespace Sitrep.Time.Normalization;

/// <summary>How a recognised expression gets its TIMEX3 value.</summary>
internal enum TimexSpecKind
{
    /// <summary>The value is known without the document date ("P3D", "PRESENT_REF", "2016-10-17").</summary>
    Fixed,
    /// <summary>A calendar date or part of one, perhaps missing its year ("October 20", "the third quarter").</summary>
    Calendar,
    /// <summary>A weekday, perhaps with last/this/next ("on Sunday", "last Friday").</summary>
    Weekday,
    /// <summary>The document date moved by whole units ("last week", "three years ago", "yesterday").</summary>
    Shift,
}

/// <summary>
/// What the recogniser understood of one expression, before the document date is known.
/// Zero means "not given" for the calendar fields.
/// </summary>
internal sealed record TimexSpec(string Type, TimexSpecKind Kind)
{
    public string? Value { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public int Day { get; init; }
    /// <summary>1–4, or -1 for "the quarter just reported" (the one before the DCT's).</summary>
    public int Quarter { get; init; }
    public int Half { get; init; }
    public string? Season { get; init; }
    /// <summary>Holiday rule from holidays.txt: "MM-DD" or "MM-DOW-N" (N = L for the last).</summary>
    public string? Holiday { get; init; }
    public int SeasonIndex { get; init; } = -1;
    public int Weekday { get; init; }
    /// <summary>The year as an offset from the DCT's ("June last year" = -1), when the text gives it so.</summary>
    public int? YearFromDct { get; init; }
    /// <summary>Shift unit: S, MI, H, D, W, WE (weekend), M, Q, SE (season), Y, DE, CE.</summary>
    public string? Unit { get; init; }
    /// <summary>Units (or weeks, for a weekday; years, for a calendar date) to move from the document date.</summary>
    public int Shift { get; init; }
    /// <summary>True when "last/next/this" fixed the direction; otherwise the clause tense decides.</summary>
    public bool Explicit { get; init; }
    /// <summary>Counted from the last date the text named rather than from the DCT ("the following year").</summary>
    public bool Narrative { get; init; }
    /// <summary>"the week of March 6": the value is the ISO week of the date.</summary>
    public bool WeekOf { get; init; }
    /// <summary>TIMEX3 part of day (MO, AF, EV, NI) or clock time "hh:mm".</summary>
    public string? TimeOfDay { get; init; }

    public static TimexSpec Fixed(string type, string value) => new(type, TimexSpecKind.Fixed) { Value = value };
}
