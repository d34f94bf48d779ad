using Sitrep.Documents;

namespace Sitrep.Events.Counts;

/// <summary>
/// Casualty, arrest and size counts from cue words (English/count_cues.tsv) with a number on the cue's side:
/// "killed 12", "at least 30 people were killed", "one soldier died". A singular passive with no number
/// ("was killed") counts one. Size: a number before an actor noun ("some 30,000 federal forces").
/// </summary>
internal sealed class CountReader
{
    static readonly Lazy<CountReader> English = new(() => new CountReader(EventResources.Rows("English/count_cues.tsv")));
    static readonly HashSet<string> SizeNouns = ["troops", "forces", "soldiers", "fighters", "protesters", "demonstrators", "people",
        "workers", "students", "militiamen", "police", "policemen", "supporters", "activists", "marchers", "strikers", "rebels"];

    readonly Dictionary<string, (string Kind, bool Before, bool After)> _cues;

    public CountReader(IEnumerable<string[]> rows) =>
        _cues = rows.ToDictionary(r => r[0], r => (r[1], r[2] is "before" or "both", r[2] is "after" or "both"), StringComparer.Ordinal);

    public static CountReader Default => English.Value;

    public List<CountMention> Read(TokenView view, int start, int end)
    {
        var found = new List<CountMention>();
        for (int i = start; i < end; i++)
        {
            if (_cues.TryGetValue(view.Lower[i], out var cue))
            {
                if (cue.After && TryAfter(view, i, end, cue.Kind) is { } after) found.Add(after);
                else if (cue.Before && TryBefore(view, start, i, cue.Kind) is { } before) found.Add(before);
                else if (cue.Kind == "dead" && IsSingularPassive(view, start, i)) found.Add(new CountMention("dead", new EventCount(1), i, i + 1, i));
            }
            else if (SizeNouns.Contains(view.Lower[i]) && TrySize(view, start, i) is { } size) found.Add(size);
        }
        // "killed at least 12 people": a number counted as casualties or arrests is not also a crowd size.
        found.RemoveAll(m => m.Kind == "size" && found.Any(o => o.Kind != "size" && o.StartToken < m.EndToken && m.StartToken < o.EndToken));
        return found;
    }

    static CountMention? TryAfter(TokenView view, int cue, int end, string kind)
    {
        int j = cue + 1;
        while (j < end && j < cue + 4 && view.Lower[j] is "at" or "least" or "about" or "some" or "around" or "more" or "than" or "up" or "to" or "nearly" or "almost" or "over" or "as" or "many" or "an" or "estimated") j++;
        if (!NumberReader.TryReadStartingAt(view, j, end, out int value, out int numEnd) || IsYearOrTime(view, j, numEnd, end)) return null;
        if (NumberReader.TryRangeEnd(view, numEnd, end, out int high, out int rangeEnd) && high > value)
            return new CountMention(kind, new EventCount(value, value, high), cue, rangeEnd, cue);
        return Mention(view, kind, value, NumberReader.Hedge(view, j, cue + 1), j, numEnd, cue);
    }

    static CountMention? TryBefore(TokenView view, int start, int cue, string kind)
    {
        // Skip back over the counted noun and auxiliaries: "30 people were killed", "one soldier died", "12 dead".
        for (int j = cue - 1; j >= start && j >= cue - 6; j--)
        {
            if (TokenView.IsClauseBreak(view.Lower[j]) || view.Lower[j] is "," or ".") return null;
            if (NumberReader.TryReadEndingAt(view, start, j, out int value, out int numStart) && !IsYearOrDate(view, numStart, j) && !IsYearOrTime(view, numStart, j + 1, cue))
            {
                // "between 10 and 15 people were killed", "10 to 15 killed": the number read is the range's upper end.
                if (numStart >= start + 2 && view.Lower[numStart - 1] is "to" or "-" or "–" or "and"
                    && NumberReader.TryReadEndingAt(view, start, numStart - 2, out int low, out int lowStart) && low < value && !IsYearOrTime(view, lowStart, numStart - 1, cue))
                    return new CountMention(kind, new EventCount(low, low, value), lowStart, cue + 1, cue);
                return Mention(view, kind, value, NumberReader.Hedge(view, numStart, start), numStart, j + 1, cue);
            }
        }
        return null;
    }

    static CountMention? TrySize(TokenView view, int start, int noun)
    {
        for (int j = noun - 1; j >= start && j >= noun - 3; j--)
        {
            if (NumberReader.TryReadEndingAt(view, start, j, out int value, out int numStart) && value >= 2 && !IsYearOrDate(view, numStart, j))
                return Mention(view, "size", value, NumberReader.Hedge(view, numStart, start), numStart, j + 1, noun);
            if (!char.IsLetter(view.Lower[j][0]) || view.Lower[j] is "and" or "the") return null;
        }
        return null;
    }

    static CountMention Mention(TokenView view, string kind, int value, (bool Low, bool High) hedge, int s, int e, int cue) =>
        new(kind, new EventCount(value, hedge.Low ? value : null, hedge.High ? value : null), Math.Min(s, cue), Math.Max(e, cue + 1), cue);

    /// <summary>
    /// Years, clock times and ages are never counts: "in 2004", "at 1400 GMT", "aged 92", "92 years old", "the 1990s".
    /// </summary>
    static bool IsYearOrTime(TokenView view, int s, int e, int limit)
    {
        var w = view.Lower[s];
        if (e - s == 1 && w.Length == 4 && char.IsDigit(w[0]) && int.TryParse(w, out int n) && n is >= 1000 and <= 2100) return true;
        if (w.EndsWith('s') && w.Length == 5 && char.IsDigit(w[0])) return true;
        string next = e < limit ? view.Lower[e] : "", prev = s > 0 ? view.Lower[s - 1] : "";
        if (next is "gmt" or "utc" or "am" or "pm" or "a.m." or "p.m." or "hours" or "hrs" or "o'clock" or "years" or "year" or "-year-old" or "%" or "percent" or "per") return true;
        if (prev is "aged" or "age" or "ages" or "at" or "since" or "in" or "by" or "until" or "from" && view.IsNumber(s) && w.Length == 4) return true;
        return prev is "aged" or "age";
    }

    // "2016 killed" is not a count; neither is a day of the month.
    static bool IsYearOrDate(TokenView view, int s, int e) =>
        s == e && view.IsNumber(s) && (view.Lower[s].Length == 4 || (s > 0 && Months.Contains(view.Lower[s - 1])));

    static readonly HashSet<string> Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "on"];

    static bool IsSingularPassive(TokenView view, int start, int cue)
    {
        if (cue - 1 < start) return false;
        var w = view.Lower[cue - 1];
        if (w is "was" || (w is "been" && cue - 2 >= start && view.Lower[cue - 2] is "has")) return true;
        return view.Lower[cue] == "died" && w is "he" or "she";
    }
}
