namespace Sitrep.Time.Normalization;

/// <summary>The clause tense that decides which way a bare weekday or month points.</summary>
internal enum TimeDirection : sbyte { Past = -1, Present = 0, Future = 1 }

/// <summary>
/// Turns a <see cref="TimexSpec"/> into a TIMEX3 value given the document creation time (DCT)
/// and the direction of its clause. Without a DCT, unknown parts are written as X.
/// </summary>
internal static class TimexNormalizer
{
    /// <summary>True when the value of <paramref name="spec"/> depends on the clause tense.</summary>
    public static bool NeedsDirection(TimexSpec spec) =>
        !spec.Explicit && ((spec.Kind == TimexSpecKind.Weekday) ||
                           (spec.Kind == TimexSpecKind.Calendar && spec.Year == 0 && (spec.Month > 0 || spec.Holiday is not null)));

    public static string Resolve(TimexSpec spec, DateOnly? dct, TimeDirection direction) => spec.Kind switch
    {
        TimexSpecKind.Fixed => spec.Value!,
        TimexSpecKind.Calendar => Calendar(spec, dct, direction),
        TimexSpecKind.Weekday => Weekday(spec, dct, direction),
        _ => Shift(spec, dct),
    };

    static string WithTime(string date, TimexSpec spec) => spec.TimeOfDay is { } t ? $"{date}T{t}" : date;

    static string Calendar(TimexSpec s, DateOnly? dct, TimeDirection direction)
    {
        int year = s.Year;
        if (year == 0 && s.YearFromDct is { } shift && dct is { } from) year = from.Year + shift;
        if (s.Quarter != 0 || s.Half > 0 || s.Season is not null)
        {
            string y = year > 0 ? TimexValues.Year(year) : dct is { } d ? TimexValues.Year(d.Year) : "XXXX";
            // Quarter -1: the quarter just reported, the one before the DCT's.
            string quarter = s.Quarter > 0 ? s.Quarter.ToString() : dct is { } r ? ((TimexValues.QuarterOf(r.Month) + 2) % 4 + 1).ToString() : "X";
            return s.Quarter != 0 ? $"{y}-Q{quarter}" : s.Half > 0 ? $"{y}-H{s.Half}" : $"{y}-{s.Season}";
        }
        if (s.Holiday is { } rule)
        {
            if (year == 0 && dct is { } anchor) year = ChooseYear(anchor, y => HolidayDate(rule, y), s, direction);
            return year == 0 ? $"XXXX-{rule[..2]}" : WithTime(TimexValues.Day(HolidayDate(rule, year)), s);
        }
        if (s.Month == 0) return TimexValues.Year(year);
        if (year == 0)
        {
            if (dct is not { } anchor) return s.Day > 0 ? WithTime($"XXXX-{s.Month:00}-{s.Day:00}", s) : $"XXXX-{s.Month:00}";
            year = s.Day > 0
                ? ChooseYear(anchor, y => SafeDate(y, s.Month, s.Day), s, direction)
                : ChooseYear(new DateOnly(anchor.Year, anchor.Month, 1), y => new DateOnly(y, s.Month, 1), s, direction);
        }
        if (s.Day > 0 && s.WeekOf) return TimexValues.Week(SafeDate(year, s.Month, s.Day));
        return s.Day > 0 ? WithTime(TimexValues.Day(SafeDate(year, s.Month, s.Day)), s) : TimexValues.Month(year, s.Month);
    }

    /// <summary>
    /// The year (DCT's, the one before or after) nearest the DCT, a date against the clause tense
    /// counting as <see cref="AgainstTenseFactor"/> times further away; "last"/"next" exclude the DCT itself, "this" keeps its year.
    /// </summary>
    static int ChooseYear(DateOnly anchor, Func<int, DateOnly> dateIn, TimexSpec s, TimeDirection direction)
    {
        int best = anchor.Year;
        int bestScore = int.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            var d = dateIn(y);
            int delta = d.DayNumber - anchor.DayNumber;
            if (s.Explicit && !(s.Shift < 0 ? delta < 0 : s.Shift > 0 ? delta > 0 : y == anchor.Year)) continue;
            bool against = direction == TimeDirection.Past && delta > 0 || direction == TimeDirection.Future && delta < 0;
            // A present-tense clause still reports the past more often than it announces the future.
            int score = Math.Abs(delta) * (against ? AgainstTenseFactor : direction == TimeDirection.Present && delta > 0 ? 2 : 1);
            if (score < bestScore) { best = y; bestScore = score; }
        }
        return best;
    }

    /// <summary>
    /// How many times further a date against the clause tense counts in the choice of year: near
    /// ones still win ("extended to Nov. 20" in a past-tense clause written on Nov. 2 is the coming one).
    /// </summary>
    const int AgainstTenseFactor = 4;

    static DateOnly SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    /// <summary>A holiday rule ("12-25", "11-4-4", "05-1-L", "11-2-1-2") in a given year.</summary>
    static DateOnly HolidayDate(string rule, int year)
    {
        var parts = rule.Split('-');
        int month = int.Parse(parts[0]);
        if (parts.Length == 2) return SafeDate(year, month, int.Parse(parts[1]));
        var dow = (DayOfWeek)(int.Parse(parts[1]) % 7);
        if (parts[2] == "L")
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)dow + 7) % 7));
        }
        var first = new DateOnly(year, month, parts.Length > 3 ? int.Parse(parts[3]) : 1); // "11-2-1-2": the first Tuesday on or after 2 November
        return first.AddDays(((int)dow - (int)first.DayOfWeek + 7) % 7 + 7 * (int.Parse(parts[2]) - 1));
    }

    static string Weekday(TimexSpec s, DateOnly? dct, TimeDirection direction)
    {
        if (dct is not { } d) return s.Unit == "WE" ? "XXXX-WXX-WE" : WithTime($"XXXX-WXX-{s.Weekday}", s);
        int today = IsoDay(d);
        int back = (today - s.Weekday + 7) % 7;      // days back to the most recent such weekday (0 = today)
        int ahead = (s.Weekday - today + 7) % 7;     // days ahead to the next one (0 = today)
        int offset = s.Explicit
            ? s.Shift switch { < 0 => -(back == 0 ? 7 : back), > 0 => ahead == 0 ? 7 : ahead, _ => s.Weekday - today }
            : direction switch { TimeDirection.Past => -back, TimeDirection.Future => ahead, _ => ahead <= back ? ahead : -back };
        if (s.Unit == "WE") return TimexValues.Week(d.AddDays(offset)) + "-WE"; // the weekend of that Saturday
        return WithTime(TimexValues.Day(d.AddDays(offset)), s);
    }

    static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    static string Shift(TimexSpec s, DateOnly? dct)
    {
        if (dct is not { } d)
            return s.Shift < 0 ? "PAST_REF" : s.Shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
        int n = s.Shift;
        switch (s.Unit)
        {
            case "D":
            case "H":
            case "MI":
            case "S":
                return WithTime(TimexValues.Day(s.Unit == "D" ? d.AddDays(n) : d), s);
            case "W": return TimexValues.Week(d.AddDays(7 * n));
            case "WE": return TimexValues.Week(d.AddDays(7 * n)) + "-WE";
            case "M":
                var m = d.AddMonths(n);
                return TimexValues.Month(m.Year, m.Month);
            case "Q":
                int q = d.Year * 4 + TimexValues.QuarterOf(d.Month) - 1 + n;
                return $"{TimexValues.Year(q / 4)}-Q{q % 4 + 1}";
            case "Y": return TimexValues.Year(d.Year + n);
            case "DE": return ((d.Year + 10 * n) / 10).ToString("000");
            case "CE": return ((d.Year + 100 * n) / 100).ToString("00");
            case "SE":
                int current = TimexValues.SeasonOf(d.Month);
                int year = d.Year - (current == 3 && d.Month <= 2 ? 1 : 0);
                if (n < 0 && s.SeasonIndex >= current) year--;
                if (n > 0 && s.SeasonIndex <= current) year++;
                return $"{TimexValues.Year(year)}-{s.Season}";
            default:
                throw new InvalidOperationException($"unknown shift unit '{s.Unit}'");
        }
    }
}
