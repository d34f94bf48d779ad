using Sitrep.Time.Normalization;

namespace Sitrep.Time.Anchoring;

/// <summary>
/// The last calendar date the text named, at the precision it was named, for expressions that
/// count from the story's time rather than the DCT ("In 1995 … the following year", "On May 3 …
/// the next day"). Expressions counted from the DCT themselves ("last week") do not move it.
/// </summary>
internal sealed class StoryTime
{
    DateOnly _date;
    int _precision; // 0 none, 1 year, 2 month, 3 day

    public void Saw(TimexSpec spec, string value)
    {
        if (spec.Type is not ("DATE" or "TIME") || spec.Kind is TimexSpecKind.Shift && !spec.Narrative || value.Length < 4) return;
        if (!int.TryParse(value.AsSpan(0, 4), out int year)) return;
        if (value.Length >= 10 && TimexValues.TryParseDate(value[..10], out var day)) { _date = day; _precision = 3; }
        else if (value.Length >= 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), out int month) && month is >= 1 and <= 12) { _date = new DateOnly(year, month, 1); _precision = 2; }
        else if (value.Length == 4) { _date = new DateOnly(year, 1, 1); _precision = 1; }
    }

    /// <summary>The date to count <paramref name="spec"/> from, or null when the text has not named one precise enough.</summary>
    public DateOnly? For(TimexSpec spec)
    {
        int needed = spec.Kind == TimexSpecKind.Weekday ? 3 : spec.Unit switch { "Y" or "DE" or "CE" => 1, "M" or "Q" or "SE" => 2, _ => 3 };
        return _precision >= needed ? _date : null;
    }
}
