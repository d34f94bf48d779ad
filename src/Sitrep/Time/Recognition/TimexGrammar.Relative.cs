using Sitrep.Time.Normalization;

namespace Sitrep.Time.Recognition;

/// <summary>Expressions measured from the document date: "last week", "three years ago", "today", "now", sets.</summary>
internal sealed partial class TimexGrammar
{
    static TimexSpec Shift(string unit, int shift, string type = "DATE") =>
        new(type, TimexSpecKind.Shift) { Unit = unit, Shift = shift, Explicit = true };

    /// <summary>-1, 0 or +1 for "last", "this", "next" and their synonyms; null for anything else.</summary>
    int? Deictic(int i) =>
        Is(i, "last") || Is(i, "previous") || Is(i, "past") || Is(i, "latest") ? -1
        : Is(i, "this") || Is(i, "current") || Is(i, "these") || Is(i, "full") ? 0
        : Is(i, "next") || Is(i, "coming") || Is(i, "following") ? 1
        : null;

    /// <summary>
    /// "last year", "this week", "next Friday", "last November", "this morning", "the latest quarter", "the year".
    /// "the following month", "the next day", "the previous Friday" count from the date the story last named (narrative).
    /// </summary>
    Match? Relative(int i)
    {
        if (RelativeToDct(i) is not { } m) return null;
        int d = Is(i, "the") ? i + 1 : i;
        bool narrative = Is(d, "following") || Is(d, "previous") || d > i && Is(d, "next");
        return narrative && m.Spec.Kind is TimexSpecKind.Shift or TimexSpecKind.Weekday ? m with { Spec = m.Spec with { Narrative = true } } : m;
    }

    Match? RelativeToDct(int i)
    {
        bool the = Is(i, "the");
        int d = the ? i + 1 : i;
        bool yearAgo = false;
        int? dir = Deictic(d);
        int j = d + 1;
        if (dir is null && (Is(d, "year") && IsP(d + 1, '-') && (Is(d + 2, "ago") || Is(d + 2, "earlier")) && Joined(d + 2)))
        {
            yearAgo = true;
            j = d + 3;
        }
        else if (dir is null)
        {
            if (!the) return null;
            j = d;
        }
        // "over the weekend" points where its clause points, like a bare weekday; "this/last weekend" count from the DCT's week.
        if (Is(j, "weekend"))
            return new Match(j + 1, dir is { } w ? Shift("WE", w) : new TimexSpec("DATE", TimexSpecKind.Weekday) { Weekday = 6, Unit = "WE" });
        bool fiscal = Is(j, "fiscal");
        if (fiscal) j++;
        var lex = Lex(j);
        if (yearAgo)
        {
            if (lex?.Unit == "Q" || Is(j, "period")) return new Match(j + 1, Shift("Q", -5));
            return new Match(d + 3, SentenceMentionsQuarter(d) ? Shift("Q", -5) : Shift("Y", -1));
        }
        if (lex is null)
        {
            return null;
        }
        if (lex.Unit is { } unit && !lex.UnitPlural && !lex.UnitAdverb)
        {
            if (unit is "S" or "MI" or "H" or "FN") return null;
            // "the past year" is a period of one year; "last year" the calendar year before this one.
            if (the && dir == -1 && (Is(d, "past") || Is(d, "last")))
                return new Match(j + 1, TimexSpec.Fixed("DURATION", TimexValues.Duration(1, unit)));
            if (dir is null)
            {
                // "the year 2000", "the year two thousand"
                if (unit == "Y" && YearAfter(j + 1, out int named) > 0 && !IsP(j + 1, ',')) return new Match(YearAfter(j + 1, out _), Date(named));
                // "the week of March 6"
                if (unit == "W" && Is(j + 1, "of") && MonthDate(j + 2) is { Spec.Day: > 0 } weekOf)
                    return new Match(weekOf.End, weekOf.Spec with { WeekOf = true });
                // Bare "the year", "the quarter", "the week": the current one (the quarter just reported).
                if (unit == "Q") return new Match(j + 1, Shift("Q", -1));
                if (unit == "Y" && (fiscal || Is(j + 1, "ended") || Is(j + 1, "ending") || Is(j + 1, "ends") || Is(j + 1, "to")))
                    return new Match(j + 1, TimexSpec.Fixed("DURATION", "P1Y"));
                return unit is "Y" or "W" or "M" ? new Match(j + 1, Shift(unit, 0)) : null;
            }
            if (Is(d, "past") && !the) return new Match(j + 1, TimexSpec.Fixed("DURATION", TimexValues.Duration(1, unit)));
            if (unit == "Y" && IsP(j + 1, '\'') && Is(j + 2, "s") && Joined(j + 2) && YearQuarter(j + 3, dir.Value) is { } q) return q;
            return new Match(j + 1, Shift(unit, dir.Value));
        }
        if (dir is null) return null;
        if (lex.DayPart is { } part)
        {
            int shift = Is(d, "last") && part is "NI" or "EV" ? -1 : dir.Value == 1 ? 1 : 0;
            return new Match(j + 1, Shift("D", shift, "TIME") with { TimeOfDay = part });
        }
        if (lex.Season is not null)
            return new Match(j + 1, Shift("SE", dir.Value) with { Season = lex.Season, SeasonIndex = lex.SeasonIndex });
        if (lex.Weekday > 0 && !lex.WeekdayPlural && Upper(j))
            return new Match(j + 1, new TimexSpec("DATE", TimexSpecKind.Weekday) { Weekday = lex.Weekday, Shift = dir.Value, Explicit = true });
        if (lex.Month > 0 && Upper(j) && MonthWord(j, out var month) is > 0 and var end)
        {
            int day = 0;
            if (DayNumber(end, out int d2) is > 0 and var dayEnd) { day = d2; end = dayEnd; } // "last Oct. 23"
            return new Match(end, Date(0, month.Month, day) with { Shift = dir.Value, Explicit = true });
        }
        if (IsHolidayStart(j) && Holiday(j) is { } h)
            return new Match(h.End, h.Spec with { Shift = dir.Value, Explicit = true });
        return null;
    }

    /// <summary>"[this year's] third quarter", "[last year's] quarter": a quarter of the year counted from the DCT.</summary>
    Match? YearQuarter(int i, int yearShift)
    {
        if (Quarter(i) is { } q && q.Spec.Year == 0) return q with { Spec = q.Spec with { YearFromDct = yearShift } };
        if (Lex(i)?.Unit == "Q" || Is(i, "period")) return new Match(i + 1, Shift("Q", yearShift * 4 - 1));
        return null;
    }

    /// <summary>"three years", "the past 24 hours", "a five-year", "two weeks ago", "a year earlier".</summary>
    Match? QuantityUnit(int i)
    {
        int s = i;
        bool lead = false;
        if (Is(s, "the")) { s++; lead = true; }
        if (Is(s, "past") || Is(s, "last") || Is(s, "next") || Is(s, "first") || Is(s, "coming") || Is(s, "previous") || Is(s, "latest") || Is(s, "final") || Is(s, "following"))
        { s++; lead = true; }
        bool halfOnly = !lead && Is(s, "half") && (Is(s + 1, "a") || Is(s + 1, "an")); // "half an hour"
        int j = s + 2;
        int q = halfOnly ? 0 : Quantity(s, out j, allowArticle: !lead);
        if (q == 0 && !halfOnly) return null;
        bool half = halfOnly;
        if (q > 0 && _w[j].IsNumber && _w[j].Value == 1 && IsP(j + 1, '/') && Joined(j + 1) && Num(j + 2, 1) == 2 && Joined(j + 2)) { half = true; j += 3; } // "5 1/2"
        else if (q > 0 && Is(j, "and") && Is(j + 1, "a") && Is(j + 2, "half")) { half = true; j += 3; }                      // "two and a half"
        if (IsP(j, '-') && Joined(j)) j++;
        if (Lex(j) is { UnitModifier: true } && Lex(j + 1) is { Unit: not null }) j++;
        if (Lex(j) is not { Unit: { } unit } u || u.UnitAdverb) return null;
        if (q == 1 && s == i && u.UnitPlural) return null;
        if (unit == "Q" && (IsP(j - 1, '-') || Is(j + 1, "of"))) return null; // "three-quarters", "a quarter of the vote"
        int k = j + 1;
        if (IsAge(k)) return null;
        if (IsP(k, '-') && Joined(k) && (Is(k + 1, "earlier") || Is(k + 1, "ago")) && Joined(k + 1)) return null; // "a year-earlier quarter": "year-earlier" is the expression
        if (!lead)
        {
            int dir = Is(k, "ago") || Is(k, "earlier") ? -1 : Is(k, "later") || Is(k, "hence") ? 1 : Is(k, "from") && Is(k + 1, "now") ? 2 : 0;
            if (dir != 0)
            {
                int end = dir == 2 ? k + 2 : k + 1;
                if (q < 0) return new Match(end, TimexSpec.Fixed("DATE", dir < 0 ? "PAST_REF" : "FUTURE_REF"));
                int sign = dir < 0 ? -1 : 1;
                if (unit == "Y" && q == 1 && sign < 0 && SentenceMentionsQuarter(i)) return new Match(end, Shift("Q", -5));
                return unit == "FN" ? new Match(end, Shift("W", 2 * q * sign)) : new Match(end, Shift(unit, q * sign, unit is "H" or "MI" or "S" ? "TIME" : "DATE"));
            }
            // "$5 a year", "twice a day": a rate, not a length.
            if (q == 1 && (Is(i, "a") || Is(i, "an")) && i > 0 && (_w[i - 1].IsNumber || Is(i - 1, "million") || Is(i - 1, "billion") || Is(i - 1, "times") || Is(i - 1, "twice") || Is(i - 1, "once") || IsP(i - 1, '%') || Is(i - 1, "percent")))
                return new Match(k, TimexSpec.Fixed("SET", TimexValues.Duration(1, unit)));
        }
        if (!half && Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half") && TimexValues.DurationAndHalf(q, unit) is { } andHalf)
            return new Match(k + 3, TimexSpec.Fixed("DURATION", andHalf)); // "a minute and a half"
        if (half) return TimexValues.DurationAndHalf(q, unit) is { } h ? new Match(k, TimexSpec.Fixed("DURATION", h)) : null;
        return new Match(k, TimexSpec.Fixed("DURATION", TimexValues.Duration(q, unit)));
    }

    /// <summary>"6-year-old", "40 years old": an age, not a time.</summary>
    bool IsAge(int i) => Is(i, "old") || (IsP(i, '-') && Is(i + 1, "old"));

    /// <summary>"years", "days", "recent weeks": an unspecified number of units.</summary>
    Match? PluralUnit(int i)
    {
        int s = Is(i, "recent") ? i + 1 : i;
        if (Lex(s) is not { Unit: { } unit, UnitPlural: true } || unit is "Q" || IsAge(s + 1)) return null;
        // "recent years" is the past at large; "recent weeks" a stretch of them.
        if (s > i) return new Match(s + 1, unit == "Y" ? TimexSpec.Fixed("DATE", "PAST_REF") : TimexSpec.Fixed("DURATION", TimexValues.Duration(-1, unit)));
        if (Is(s + 1, "ago")) return new Match(s + 2, TimexSpec.Fixed("DATE", "PAST_REF"));
        return new Match(s + 1, TimexSpec.Fixed("DURATION", TimexValues.Duration(-1, unit)));
    }

    /// <summary>"today", "yesterday morning", "tonight".</summary>
    Match? DayWord(int i)
    {
        if (Lex(i) is not { DayOffset: > int.MinValue } w) return null;
        if (IsP(i + 1, '\'') && Is(i + 2, "s") && Joined(i + 1) && Lex(i + 3)?.Unit is { } unit && unit != "D") return null; // "today's 10-year bonds"
        var spec = Shift("D", w.DayOffset);
        if (w.DayOffsetPart is { } p) return new Match(i + 1, spec with { Type = "TIME", TimeOfDay = p });
        if (Lex(i + 1)?.DayPart is { } part) return new Match(i + 2, spec with { Type = "TIME", TimeOfDay = part });
        return new Match(i + 1, spec);
    }

    /// <summary>"now", "currently", "recently", "the past", "the future", "soon".</summary>
    Match? Reference(int i)
    {
        if (Is(i, "the") && Is(i + 1, "near") && (Is(i + 2, "future") || Is(i + 2, "term"))) return new Match(i + 3, TimexSpec.Fixed("DATE", "FUTURE_REF"));
        if (Is(i, "the") && (Is(i + 1, "future") || Is(i + 1, "past") || Is(i + 1, "present")))
        {
            if (Is(i + 1, "past") && (Quantity(i + 2, out _) != 0 || Lex(i + 2)?.Unit is not null)) return null;
            return new Match(i + 2, TimexSpec.Fixed("DATE", Is(i + 1, "future") ? "FUTURE_REF" : Is(i + 1, "past") ? "PAST_REF" : "PRESENT_REF"));
        }
        if (Is(i, "these") && Is(i + 1, "days")) return new Match(i + 2, TimexSpec.Fixed("DATE", "PRESENT_REF"));
        if (Lex(i) is not { Reference: { } r }) return null;
        if (IsP(i + 1, '-') && Joined(i + 1)) return null; // "now-defunct", "current-account"
        // "the current quarter", "recent years" are matched whole by other rules.
        if ((Is(i, "current") || Is(i, "recent")) && Lex(i + 1) is { Unit: not null }) return null;
        return new Match(i + 1, TimexSpec.Fixed("DATE", r));
    }

    /// <summary>"every Friday", "each year", "per day", "daily", "every two weeks".</summary>
    Match? Set(int i)
    {
        if (Lex(i) is { UnitAdverb: true, Unit: { } adverbUnit })
            return new Match(i + 1, TimexSpec.Fixed("SET", TimexValues.Duration(1, adverbUnit)));
        if (!(Is(i, "every") || Is(i, "each") || Is(i, "per"))) return null;
        int j = i + 1;
        int q = Quantity(j, out int k, allowArticle: false);
        if (q > 0) j = k; else q = 1;
        if (Lex(j) is not { } w) return null;
        if (w.Unit is { } unit && !w.UnitAdverb) return new Match(j + 1, TimexSpec.Fixed("SET", TimexValues.Duration(q, unit)));
        if (w.Weekday > 0) return new Match(j + 1, TimexSpec.Fixed("SET", $"XXXX-WXX-{w.Weekday}"));
        if (w.DayPart is { } part) return new Match(j + 1, TimexSpec.Fixed("SET", $"XXXX-XX-XXT{part}"));
        if (w.Month > 0 && Upper(j)) return new Match(j + 1, TimexSpec.Fixed("SET", $"XXXX-{w.Month:00}"));
        return null;
    }

    /// <summary>"the third quarter", "third-quarter", "the fiscal first quarter", "the second half of 1989", "Q3".</summary>
    Match? Quarter(int i)
    {
        int s = Is(i, "the") ? i + 1 : i;
        if (Is(s, "fiscal")) s++;
        int ordinal = Lex(s)?.Ordinal ?? 0;
        if (ordinal == 0 && Is(s, "last") && Is(s + 1, "half")) ordinal = 2;
        if (ordinal == 0 && Is(s, "q") && Upper(s) && Num(s + 1, 1) is >= 1 and <= 4 && Joined(s + 1))
            return QuarterYear(s + 2, _w[s + 1].Value, 0);
        if (ordinal == 0) return null;
        int j = s + 1;
        if (IsP(j, '-') && Joined(j)) j++;
        if (Is(j, "fiscal")) j++;
        if (Lex(j)?.Unit == "Q" && !Lex(j)!.UnitPlural && ordinal <= 4) return QuarterYear(j + 1, ordinal, 0);
        if (Is(j, "half") && ordinal <= 2) return QuarterYear(j + 1, 0, ordinal);
        return null;
    }

    /// <summary>"the 20th century", "the nineteenth century": the century's first two digits ("19").</summary>
    Match? Century(int i)
    {
        int s = Is(i, "the") ? i + 1 : i;
        int ordinal = Lex(s)?.Ordinal ?? 0, j = s + 1;
        if (ordinal == 0 && _w[s].IsNumber && DayNumber(s, out int n) is > 0 and var end && end > s + 1) { ordinal = n; j = end; }
        if (ordinal is < 1 or > 30) return null;
        if (IsP(j, '-') && Joined(j)) j++;
        if (Lex(j) is not { Unit: "CE", UnitPlural: false }) return null;
        return new Match(j + 1, TimexSpec.Fixed("DATE", (ordinal - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
    }

    Match? QuarterYear(int end, int quarter, int half)
    {
        var spec = new TimexSpec("DATE", TimexSpecKind.Calendar) { Quarter = quarter, Half = half };
        // "the last half of the '80s": TIMEX3 has no value for part of a decade, so the decade's.
        if (Is(end, "of") && YearOrDecade(end + 1) is { Spec: { Kind: TimexSpecKind.Fixed, Value.Length: 3 } } decade) return decade;
        if ((Is(end, "of") || IsP(end, ',')) && IsYear(end + 1)) return new Match(end + 2, spec with { Year = _w[end + 1].Value });
        if (IsYear(end)) return new Match(end + 1, spec with { Year = _w[end].Value });
        return new Match(end, spec);
    }

    /// <summary>"the summer", "summer 2015", "the winter of 1994", "in spring"; not "the fall of Mosul".</summary>
    Match? Season(int i)
    {
        bool the = Is(i, "the");
        int s = the ? i + 1 : i;
        if (Lex(s) is not { Season: { } code } w) return null;
        var spec = new TimexSpec("DATE", TimexSpecKind.Shift) { Unit = "SE", Season = code, SeasonIndex = w.SeasonIndex };
        if (Is(s + 1, "of") && YearAfter(s + 2, out int ofYear) is > 0 and var ofEnd) return new Match(ofEnd, spec with { Kind = TimexSpecKind.Calendar, Year = ofYear });
        if (IsYear(s + 1) && !(IsP(s + 2, '-'))) return new Match(s + 2, spec with { Kind = TimexSpecKind.Calendar, Year = _w[s + 1].Value });
        if (Is(s + 1, "of")) return null;
        bool context = the || (i > 0 && (Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "over") || Is(i - 1, "until") || Is(i - 1, "by") || Is(i - 1, "since")));
        if (!context || (code == "FA" && !the)) return null;
        return new Match(s + 1, spec);
    }
}
