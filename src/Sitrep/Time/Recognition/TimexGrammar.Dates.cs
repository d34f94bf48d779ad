using Sitrep.Time.Normalization;

namespace Sitrep.Time.Recognition;

/// <summary>Calendar expressions: numeric dates, month names, weekdays, years, decades, holidays.</summary>
internal sealed partial class TimexGrammar
{
    static TimexSpec Date(int year, int month = 0, int day = 0) =>
        new("DATE", TimexSpecKind.Calendar) { Year = year, Month = month, Day = day };

    bool IsYear(int i) => (uint)i < (uint)_n && _w[i].Digits == 4 && _w[i].Value is >= 1000 and <= 2199;

    /// <summary>"2016-10-17", "10/17/2016", "10/17/16".</summary>
    Match? NumericDate(int i)
    {
        if (!_w[i].IsNumber) return null;
        if (IsYear(i) && IsP(i + 1, '-') && Joined(i + 1) && Num(i + 2, 2) is >= 1 and <= 12 && Joined(i + 2)
            && IsP(i + 3, '-') && Joined(i + 3) && Num(i + 4, 2) is >= 1 and <= 31 && Joined(i + 4))
            return new Match(i + 5, Date(_w[i].Value, _w[i + 2].Value, _w[i + 4].Value));
        if (_w[i].Digits <= 2 && _w[i].Value is >= 1 and <= 12 && IsP(i + 1, '/') && Joined(i + 1)
            && Num(i + 2, 2) is >= 1 and <= 31 && Joined(i + 2) && IsP(i + 3, '/') && Joined(i + 3) && Joined(i + 4)
            && i + 4 < _n && _w[i + 4].Digits is 2 or 4)
        {
            int year = _w[i + 4].Value;
            if (_w[i + 4].Digits == 2) year += year < 50 ? 2000 : 1900;
            return new Match(i + 5, Date(year, _w[i].Value, _w[i + 2].Value));
        }
        return null;
    }

    /// <summary>The value of a number word of at most <paramref name="maxDigits"/> digits, or -1.</summary>
    int Num(int i, int maxDigits) => (uint)i < (uint)_n && _w[i].Digits is > 0 and var d && d <= maxDigits ? _w[i].Value : -1;

    /// <summary>A day of the month: "20", "20th"; returns the word after it, or -1.</summary>
    int DayNumber(int i, out int day)
    {
        day = Num(i, 2);
        if (day is < 1 or > 31) return -1;
        int end = i + 1;
        if (Joined(end) && (Is(end, "st") || Is(end, "nd") || Is(end, "rd") || Is(end, "th"))) end++;
        if ((IsP(end, ':') || IsP(end, '.')) && Joined(end + 1) && Num(end + 1, 9) >= 0 || IsP(end, '%')) return -1;
        return end;
    }

    /// <summary>A month word, with its abbreviation dot; returns the word after it, or -1.</summary>
    int MonthWord(int i, out TimeWord month)
    {
        month = null!;
        if (Lex(i) is not { Month: > 0 } m || !Upper(i) || NameAt(i)) return -1;
        month = m;
        int end = i + 1;
        if (m.MonthAbbrev && IsP(end, '.') && Joined(end)) end++;
        return end;
    }

    /// <summary>A year said in words: "nineteen ninety-six", "two thousand"; returns the word after it, or -1.</summary>
    int SpokenYear(int i, out int year)
    {
        year = 0;
        if (Lex(i) is not { Number: var century } || Lex(i + 1) is not { } next) return -1;
        if (century is 19 or 20 && next.Number is >= 10 and < 100 && next.Number % 10 == 0 || century is 19 or 20 && next.Number is > 10 and < 20)
        {
            int rest = Quantity(i + 1, out int end, allowArticle: false);
            year = century * 100 + rest;
            return end;
        }
        if (century == 2 && Is(i + 1, "thousand"))
        {
            year = 2000;
            int k = Is(i + 2, "and") ? i + 3 : i + 2;
            if (Lex(k) is { Number: > 0 and < 100 }) { year += Quantity(k, out int end, allowArticle: false); return end; }
            return i + 2;
        }
        return -1;
    }

    /// <summary>", 2016" or " 2016" after a date; returns the word after the year, or -1.</summary>
    int YearAfter(int i, out int year)
    {
        int k = IsP(i, ',') ? i + 1 : i;
        if (SpokenYear(k, out year) is > 0 and var spokenEnd) return spokenEnd;
        year = IsYear(k) && !(IsP(k + 1, '-') && Joined(k + 1)) ? _w[k].Value : 0;
        if (year == 0 && IsP(k, '\'') && Num(k + 1, 2) >= 0 && _w[k + 1].Digits == 2 && Joined(k + 1))
        {
            year = 1900 + _w[k + 1].Value;
            return k + 2;
        }
        return year > 0 ? k + 1 : -1;
    }

    /// <summary>"October 17, 2016", "Oct. 20", "October 2016", "in May".</summary>
    Match? MonthDate(int i)
    {
        int j = MonthWord(i, out var month);
        if (j < 0) return null;
        int k = DayNumber(j, out int day);
        if (k > 0)
        {
            int y = YearAfter(k, out int year);
            if (y > 0) return new Match(y, Date(year, month.Month, day));
            return RelativeYear(k, Date(0, month.Month, day)) ?? new Match(k, Date(0, month.Month, day));
        }
        if (RelativeYear(j, Date(0, month.Month)) is { } relative) return relative;
        int yy = YearAfter(j, out int onlyYear);
        if (yy > 0) return new Match(yy, Date(onlyYear, month.Month));
        if (Is(j, "of") && IsYear(j + 1)) return new Match(j + 2, Date(_w[j + 1].Value, month.Month));
        if (month.MonthAbbrev && !(j > i + 1)) return null;
        if (!BareMonthAllowed(i, month)) return null;
        return new Match(j, Date(0, month.Month));
    }

    /// <summary>"June last year", "March 6 this year": the year counted from the DCT.</summary>
    Match? RelativeYear(int i, TimexSpec date)
    {
        int k = IsP(i, ',') ? i + 1 : i;
        if (!Is(k + 1, "year") || Deictic(k) is not { } shift || Is(k, "past")) return null;
        return new Match(k + 2, date with { YearFromDct = shift });
    }

    /// <summary>A month name with no day or year must look like a date: "in May", "last March", not "Theresa May" or "may".</summary>
    bool BareMonthAllowed(int i, TimeWord month)
    {
        if (i > 0 && (Lex(i - 1)?.NamePreceder ?? false)) return false;
        bool prepositional = i > 0 && (Lex(i - 1)?.YearContext == true || Is(i - 1, "last") || Is(i - 1, "next") || Is(i - 1, "this") || Is(i - 1, "since") || IsP(i - 1, '-'));
        if (!month.MonthAmbiguous) return true;
        if (!prepositional) return false;
        // "in May said" is a name even after a preposition when a capitalised word precedes it as part of a name.
        return !(i > 1 && Upper(i - 1) && !IsSentenceStart(i - 1));
    }

    /// <summary>"17 October 2016", "the 17th of October".</summary>
    Match? DayMonth(int i)
    {
        int s = Is(i, "the") ? i + 1 : i;
        int k = DayNumber(s, out int day);
        if (k < 0) return null;
        if (Is(k, "of")) k++;
        int j = MonthWord(k, out var month);
        if (j < 0) return null;
        int y = YearAfter(j, out int year);
        return y > 0 ? new Match(y, Date(year, month.Month, day)) : new Match(j, Date(0, month.Month, day));
    }

    /// <summary>"Sunday", "Tuesday night", "Monday, Oct. 26", "Fridays" (a set).</summary>
    Match? WeekdayDate(int i)
    {
        // NER often swallows a weekday into the name before it ("EDT Thursday"); only a name going on after it ("Sunday Times") counts.
        if (Lex(i) is not { Weekday: > 0 } wd || !Upper(i) || NameAt(i) && Upper(i + 1) && NameAt(i + 1)) return null;
        if (i > 0 && (Lex(i - 1)?.NamePreceder ?? false)) return null;
        if (Upper(i + 1) && Lex(i + 1) is { NameFollower: true }) return null;
        if (wd.WeekdayPlural) return new Match(i + 1, TimexSpec.Fixed("SET", $"XXXX-WXX-{wd.Weekday}"));
        int j = i + 1;
        int afterComma = IsP(j, ',') ? j + 1 : j;
        if (MonthDate(afterComma) is { } md && md.Spec.Day > 0) return md with { Spec = md.Spec with { Weekday = wd.Weekday } };
        if (DayMonth(afterComma) is { } dm && dm.Spec.Day > 0) return dm;
        var spec = new TimexSpec("DATE", TimexSpecKind.Weekday) { Weekday = wd.Weekday };
        if (Lex(j)?.DayPart is { } part) return new Match(j + 1, spec with { Type = "TIME", TimeOfDay = part });
        return new Match(j, spec);
    }

    /// <summary>"1990", "fiscal 1989", "the 1990s", "the '80s".</summary>
    Match? YearOrDecade(int i)
    {
        int s = i;
        if (Is(s, "the")) s++;
        if (Is(s, "fiscal") && Is(s + 1, "year")) s += 2;
        else if (Is(s, "fiscal")) s++;
        if (IsP(s, '\'') && Num(s + 1, 2) >= 0 && _w[s + 1].Digits == 2 && Joined(s + 1) && Is(s + 2, "s") && Joined(s + 2))
            return new Match(s + 3, TimexSpec.Fixed("DATE", (190 + _w[s + 1].Value / 10).ToString()));
        if (SpokenYear(s, out int spoken) is > 0 and var spokenEnd && (s > i || i > 0 && Lex(i - 1)?.YearContext == true))
            return new Match(spokenEnd, Date(spoken));
        if (!IsYear(s)) return null;
        int year = _w[s].Value;
        if (Is(s + 1, "s") && Joined(s + 1))
            return new Match(s + 2, TimexSpec.Fixed("DATE", (year / 10).ToString()));
        if (s == i && !YearContext(s)) return null;
        if (s > i && (Lex(s + 1)?.Unit == "Q" || Is(s + 1, "period"))) // "the 1988 quarter": the quarter just reported, that year
            return new Match(s + 2, new TimexSpec("DATE", TimexSpecKind.Calendar) { Year = year, Quarter = -1 });
        if (s > i && Quarter(s + 1) is { } q && q.Spec.Year == 0) return new Match(q.End, q.Spec with { Year = year });
        if (Is(i, "the")) return null; // "the 2012 election", "the fiscal 1989 results": the expression starts after "the"
        return new Match(s + 1, Date(year));
    }

    /// <summary>
    /// A bare four-digit number reads as a year when it is 1900–2099 or follows a date-like word
    /// ("in 1850"), unless it is money, a percentage, part of a longer number or a count ("1990 people").
    /// </summary>
    bool YearContext(int i)
    {
        if (IsP(i - 1, '$') || IsP(i - 1, '#') || (i > 0 && _w[i - 1].IsNumber) || IsP(i - 1, '.') && Joined(i)) return false;
        if (Lex(i + 1)?.CountNoun == true || IsP(i + 1, '%') || Is(i + 1, "percent") || IsP(i + 1, ':') || (IsP(i + 1, '.') || IsP(i + 1, ',')) && Joined(i + 2) && i + 2 < _n && _w[i + 2].IsNumber) return false;
        if (i > 0 && Lex(i - 1) is { } prev && (prev.YearContext || prev.Month > 0)) return true;
        if (_w[i].Value is < 1900 or > 2099) return false;
        bool countNoun = i + 1 < _n && !Upper(i + 1) && _w[i + 1].Lex is null && _w[i + 1].Digits == 0 && _w[i + 1].Length > 3
                         && _text[_w[i + 1].End - 1] == 's' && char.IsLetter(_text[_w[i + 1].Start]);
        return !countNoun;
    }

    /// <summary>"3 p.m.", "10:35 a.m.", "noon", optionally followed by a day ("9 a.m. Tuesday").</summary>
    Match? Clock(int i)
    {
        int hour, minute = 0, j;
        if (Is(i, "noon")) { hour = 12; j = i + 1; }
        else if (Is(i, "midnight")) { hour = 24; j = i + 1; }
        else
        {
            hour = Num(i, 2);
            if (hour is < 0 or > 24) return null;
            j = i + 1;
            if (IsP(j, ':') && Joined(j) && Num(j + 1, 2) is >= 0 and < 60 && _w[j + 1].Digits == 2) { minute = _w[j + 1].Value; j += 2; }
            int k = Meridiem(j, out bool pm);
            if (k < 0) return null;
            if (pm && hour < 12) hour += 12;
            if (!pm && hour == 12) hour = 0;
            j = k;
        }
        string time = $"{hour:00}:{minute:00}";
        if (j < _n && Lex(j) is null && _w[j].Length is 3 && _text.AsSpan(_w[j].Start, 3).ContainsAnyExceptInRange('A', 'Z') == false) j++; // a time zone such as EDT
        int dateAt = IsP(j, ',') || Is(j, "on") ? j + 1 : j;
        if (MonthDate(dateAt) is { } md && md.Spec.Day > 0) return new Match(md.End, md.Spec with { Type = "TIME", TimeOfDay = time });
        if (WeekdayDate(j) is { } wd && wd.Spec.Kind == TimexSpecKind.Weekday)
            return new Match(wd.End, wd.Spec with { Type = "TIME", TimeOfDay = time });
        if (Lex(j) is { DayOffset: > int.MinValue } dw)
            return new Match(j + 1, new TimexSpec("TIME", TimexSpecKind.Shift) { Unit = "D", Shift = dw.DayOffset, Explicit = true, TimeOfDay = time });
        return new Match(j, new TimexSpec("TIME", TimexSpecKind.Shift) { Unit = "D", Shift = 0, Explicit = true, TimeOfDay = time });
    }

    /// <summary>"a.m.", "pm", "AM"; returns the word after it, or -1.</summary>
    int Meridiem(int i, out bool pm)
    {
        pm = Is(i, "pm") || Is(i, "p");
        if (Is(i, "am") || Is(i, "pm")) return i + 1;
        if ((Is(i, "a") || Is(i, "p")) && IsP(i + 1, '.') && Joined(i + 1) && Is(i + 2, "m") && Joined(i + 2))
            return IsP(i + 3, '.') && Joined(i + 3) ? i + 4 : i + 3;
        return -1;
    }

    bool IsHolidayStart(int i) => Upper(i) && Lex(i) is { HolidayStart: true };

    /// <summary>"Christmas", "Thanksgiving Day", "New Year's Eve"; not "Independence Day" the film.</summary>
    Match? Holiday(int i)
    {
        if (!IsHolidayStart(i) || (i > 0 && (Lex(i - 1)?.NamePreceder ?? false))) return null;
        var lexicon = TimeLexicon.English;
        var key = new System.Text.StringBuilder();
        Match? best = null;
        for (int k = i, words = 0; k < _n && words < lexicon.LongestHolidayWords + 2; k++, words++)
        {
            if (IsP(k, '\'') && Is(k + 1, "s") && Joined(k + 1)) { key.Append("'s"); k++; }
            else if (IsP(k, '\'') && Joined(k)) key.Append('\'');  // "presidents' day"
            else if (IsP(k, '.') && Joined(k)) key.Append('.');    // "st. patrick's day"
            else if (_w[k].Lex is null && !char.IsLetter(_text[_w[k].Start])) break;
            else { if (key.Length > 0) key.Append(' '); key.Append(_text, _w[k].Start, _w[k].Length); }
            if (lexicon.Holidays.TryGetValue(key.ToString(), out var rule))
                best = new Match(k + 1, new TimexSpec("DATE", TimexSpecKind.Calendar) { Holiday = rule });
        }
        if (best is { } b && ((Upper(b.End) && (Lex(b.End)?.NameFollower ?? false)) || IsP(b.End, ':'))) return null;
        if (best is { } m && YearAfter(m.End, out int year) is > 0 and var end) return new Match(end, m.Spec with { Year = year });
        return best;
    }
}
