using System.Globalization;

namespace Sitrep.Time.Normalization;

/// <summary>TIMEX3 value strings: durations and calendar granularities.</summary>
internal static class TimexValues
{
    /// <summary>"P3D", "PT24H", "P20Y" (decades and centuries in years), "PXY" for an unspecified count (-1).</summary>
    public static string Duration(int count, string unit)
    {
        string n = count < 0 ? "X" : count.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "S" => $"PT{n}S",
            "MI" => $"PT{n}M",
            "H" => $"PT{n}H",
            "D" => $"P{n}D",
            "W" => $"P{n}W",
            "FN" => count < 0 ? "PXW" : $"P{2 * count}W",
            "M" => $"P{n}M",
            "Q" => $"P{n}Q",
            "Y" => $"P{n}Y",
            "DE" => count < 0 ? "PXDE" : $"P{10 * count}Y",
            "CE" => count < 0 ? "PXCE" : $"P{100 * count}Y",
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown duration unit"),
        };
    }

    /// <summary>"two and a half years" P2Y6M, "5 1/2 hours" PT5H30M, "half an hour" (count 0) PT30M; null for units a half cannot be written in.</summary>
    public static string? DurationAndHalf(int count, string unit)
    {
        if (count < 0) return null;
        string n = count.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "Y" => count == 0 ? "P6M" : $"P{n}Y6M",
            "D" => count == 0 ? "PT12H" : $"P{n}DT12H",
            "H" => count == 0 ? "PT30M" : $"PT{n}H30M",
            "MI" => count == 0 ? "PT30S" : $"PT{n}M30S",
            _ => null,
        };
    }

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";
    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 week of a date, e.g. "2016-W42".</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}";
    }

    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    /// <summary>Season index (spring 0 … winter 3) of a month; December to February are winter.</summary>
    public static int SeasonOf(int month) => month switch { >= 3 and <= 5 => 0, >= 6 and <= 8 => 1, >= 9 and <= 11 => 2, _ => 3 };

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
