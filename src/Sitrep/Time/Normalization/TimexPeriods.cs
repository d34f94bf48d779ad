using System.Globalization;

namespace Sitrep.Time.Normalization;

/// <summary>
/// The calendar period a DATE/TIME value names: its granularity and its first day, for event dates and exports.
/// Values with X placeholders or reference words (PAST_REF) name no period.
/// </summary>
internal static class TimexPeriods
{
    /// <summary>day, week, month, quarter, half, season, year, decade or century; null when the value names no period.</summary>
    public static string? Granularity(string value) => Parse(value)?.Granularity;

    /// <summary>The first day of the period ("2016-W42" → 2016-10-17, "2016-Q3" → 2016-07-01, "199" → 1990-01-01).</summary>
    public static DateOnly? FirstDay(string value) => Parse(value)?.First;

    static (string Granularity, DateOnly First)? Parse(string v)
    {
        if (v.Length < 2 || !AllDigits(v.AsSpan(0, 2))) return null;
        if (v.Length == 2) return ("century", new DateOnly(Math.Max(1, Int(v) * 100), 1, 1));
        if (v.Length == 3) return AllDigits(v) ? ("decade", new DateOnly(Math.Max(1, Int(v) * 10), 1, 1)) : null;
        if (!AllDigits(v.AsSpan(0, 4)) || (v.Length > 4 && v[4] != '-')) return null;
        int year = Int(v.AsSpan(0, 4));
        if (year == 0) return null;
        if (v.Length == 4) return ("year", new DateOnly(year, 1, 1));
        var rest = v.AsSpan(5);
        if (rest.Length >= 5 && rest[2] == '-' && AllDigits(rest[..2]) && AllDigits(rest[3..5])
            && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return ("day", day);
        if (rest.Length == 2 && AllDigits(rest) && Int(rest) is >= 1 and <= 12 and var month)
            return ("month", new DateOnly(year, month, 1));
        if (rest.Length >= 3 && rest[0] == 'W' && AllDigits(rest[1..3]) && Int(rest[1..3]) is >= 1 and <= 53 and var week)
            return ("week", DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday)));
        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
            return ("quarter", new DateOnly(year, (rest[1] - '1') * 3 + 1, 1));
        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
            return ("half", new DateOnly(year, rest[1] == '1' ? 1 : 7, 1));
        return rest switch
        {
            "SP" => ("season", new DateOnly(year, 3, 1)),
            "SU" => ("season", new DateOnly(year, 6, 1)),
            "FA" => ("season", new DateOnly(year, 9, 1)),
            "WI" => ("season", new DateOnly(year, 12, 1)),
            _ => null,
        };
    }

    static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    static int Int(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
