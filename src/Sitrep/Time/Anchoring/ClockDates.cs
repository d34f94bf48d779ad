using Sitrep.Documents;
using Sitrep.Time.Normalization;
using Sitrep.Time.Recognition;

namespace Sitrep.Time.Anchoring;

/// <summary>
/// A clock time without a date of its own ("10:35 a.m. (0735 GMT) Friday", "Friday at 3 p.m.",
/// "On Tuesday … at 9 p.m.") is on the day of the date beside it, else of the last dated
/// expression before it in its sentence; only with neither is it on the document date.
/// </summary>
internal static class ClockDates
{
    /// <param name="first">Index in <c>doc.Timexes</c> of the timex made from <c>candidates[0]</c>.</param>
    public static void Apply(Doc doc, IReadOnlyList<TimexCandidate> candidates, int first)
    {
        for (int k = 0; k < candidates.Count; k++)
        {
            if (!IsBareClock(candidates[k].Spec)) continue;
            var clock = doc.Timexes[first + k];
            if (clock.Value.Length <= 10 || clock.Value[10] != 'T') continue;
            string? day = null;
            if (k + 1 < candidates.Count && Adjacent(doc.Text, clock.EndChar, doc.Timexes[first + k + 1].StartChar)) day = Day(doc.Timexes[first + k + 1]);
            if (day is null && k > 0 && Adjacent(doc.Text, doc.Timexes[first + k - 1].EndChar, clock.StartChar)) day = Day(doc.Timexes[first + k - 1]);
            if (day is null)
            {
                int sentence = doc.SentenceIndexOf(Math.Min(doc.Count - 1, doc.TokenAtOrAfter(clock.StartChar)));
                for (int j = k - 1; j >= 0 && day is null; j--)
                {
                    var before = doc.Timexes[first + j];
                    if (doc.SentenceIndexOf(Math.Min(doc.Count - 1, doc.TokenAtOrAfter(before.StartChar))) != sentence) break;
                    if (!IsBareClock(candidates[j].Spec)) day = Day(before);
                }
            }
            if (day is not null && day != clock.Value[..10]) doc.Timexes[first + k] = clock with { Value = day + clock.Value[10..] };
        }
    }

    static bool IsBareClock(TimexSpec s) => s is { Kind: TimexSpecKind.Shift, Unit: "D", Shift: 0, TimeOfDay.Length: 5 };

    static string? Day(Timex t) =>
        t.Type is "DATE" or "TIME" && t.Value.Length >= 10 && TimexValues.TryParseDate(t.Value[..10], out _) ? t.Value[..10] : null;

    /// <summary>Only brackets, commas, "on"/"at", a time zone or a clock in another zone between the two ("(0735 GMT)", ", on").</summary>
    static bool Adjacent(string text, int from, int to)
    {
        if (to < from || to - from > 24) return false;
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '(' or ')' or ',') { i++; continue; }
            int s = i;
            while (i < to && char.IsLetterOrDigit(text[i])) i++;
            if (i == s) return false;
            var word = text.AsSpan(s, i - s);
            bool ok = word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
                      || word.Length <= 4 && (IsAll(word, char.IsAsciiDigit) || IsAll(word, char.IsAsciiLetterUpper));
            if (!ok) return false;
        }
        return true;
    }

    static bool IsAll(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        foreach (char c in s) if (!test(c)) return false;
        return true;
    }
}
