using Sitrep.Documents;
using Sitrep.Time.Normalization;
using Sitrep.Time.Recognition;

namespace Sitrep.Time.Anchoring;

/// <summary>
/// Infers the document creation time from the text when no metadata gave it: the latest explicit
/// date not in a future-tense clause (a day-month without year takes the year of the nearest
/// full date before it), then moved past any weekday told in the past tense, since reporters
/// name the weekday only for the last few days and a full date for anything older.
/// </summary>
internal static class DctInference
{
    /// <param name="captionDates">Full dates read from the document's image captions, which count as explicit dates too.</param>
    public static PublishedDate? Infer(Doc doc, IReadOnlyList<TimexCandidate> candidates, IReadOnlyList<(DateOnly Date, string Text)>? captionDates = null)
    {
        var tenses = new ClauseTense(doc);
        DateOnly? latest = null;
        string? latestText = null;
        int knownYear = 0;
        foreach (var (date, text) in captionDates ?? [])
        {
            if (latest is null || date > latest) { latest = date; latestText = $"'{text}' in a caption"; }
            knownYear = Math.Max(knownYear, date.Year);
        }
        foreach (var c in candidates)
        {
            var s = c.Spec;
            if (s.Kind != TimexSpecKind.Calendar || s.Month == 0 || s.Day == 0) continue;
            if (s.Year > 0) knownYear = s.Year;
            int year = s.Year > 0 ? s.Year : knownYear;
            if (year == 0 || s.Day > DateTime.DaysInMonth(year, s.Month)) continue;
            if (tenses.Find(c.StartChar, c.EndChar).Direction == TimeDirection.Future) continue;
            var date = new DateOnly(year, s.Month, s.Day);
            if (latest is null || date > latest) { latest = date; latestText = Quote(doc, c); }
        }
        if (latest is not { } bound) return null;

        var dct = bound;
        string evidence = $"latest explicit date {TimexValues.Day(bound)} ({latestText})";
        foreach (var c in candidates)
        {
            if (c.Spec.Kind != TimexSpecKind.Weekday || c.Spec.Explicit) continue;
            var tense = tenses.Find(c.StartChar, c.EndChar);
            if (tense.Direction != TimeDirection.Past) continue;
            int today = bound.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)bound.DayOfWeek;
            int ahead = (c.Spec.Weekday - today + 7) % 7;
            var after = bound.AddDays(ahead == 0 ? 7 : ahead);
            if (after <= dct) continue;
            dct = after;
            string verb = tense.Token >= 0 ? doc.Text[doc.TokenStarts[tense.Token]..doc.TokenEnds[tense.Token]] : "";
            evidence = $"latest explicit date {TimexValues.Day(bound)} ({latestText}); past-tense '{WithPreposition(doc, c)} … {verb}' → ≥ {TimexValues.Day(after)}";
        }
        return new PublishedDate(TimexValues.Day(dct), Inferred: true, Evidence: evidence);
    }

    /// <summary>The expression with the preposition before it ("On Sunday", "as of Sunday"), for evidence.</summary>
    static string WithPreposition(Doc doc, TimexCandidate c)
    {
        int t = doc.TokenAtOrAfter(c.StartChar) - 1;
        if (t < 0 || doc.TokenEnds[t] > c.StartChar) return doc.Text[c.StartChar..c.EndChar];
        var word = doc.Text.AsSpan(doc.TokenStarts[t], doc.TokenEnds[t] - doc.TokenStarts[t]);
        bool preposition = word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
                           || word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase);
        if (preposition && t > 0 && word.Equals("of", StringComparison.OrdinalIgnoreCase) && doc.Text.AsSpan(doc.TokenStarts[t - 1], doc.TokenEnds[t - 1] - doc.TokenStarts[t - 1]).Equals("as", StringComparison.OrdinalIgnoreCase)) t--;
        return preposition ? doc.Text[doc.TokenStarts[t]..c.EndChar] : doc.Text[c.StartChar..c.EndChar];
    }

    static string Quote(Doc doc, TimexCandidate c) => $"'{doc.Text[c.StartChar..c.EndChar]}'";
}
