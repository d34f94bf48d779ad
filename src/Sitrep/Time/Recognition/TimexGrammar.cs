using Sitrep.Time.Normalization;

namespace Sitrep.Time.Recognition;

/// <summary>One recognised expression: a character span and what it means.</summary>
internal readonly record struct TimexCandidate(int StartChar, int EndChar, TimexSpec Spec);

/// <summary>
/// The English time-expression grammar over <see cref="TextWord"/>s: at each word the rules
/// are tried and the longest match wins; matching resumes after it. Rules live in the
/// partial files beside this one, grouped by what they recognise.
/// </summary>
internal sealed partial class TimexGrammar
{
    readonly string _text;
    readonly TextWord[] _w;
    readonly int _n;
    readonly Func<int, bool>? _isNameAt;

    /// <param name="isNameAt">Optional: true when the character offset lies inside a person or organisation name (from NER).</param>
    public TimexGrammar(string text, TextWord[] words, int count, Func<int, bool>? isNameAt)
    {
        _text = text;
        _w = words;
        _n = count;
        _isNameAt = isNameAt;
    }

    readonly record struct Match(int End, TimexSpec Spec);

    public void Run(List<TimexCandidate> into)
    {
        for (int i = 0; i < _n;)
        {
            if (Best(i) is { } m)
            {
                into.Add(new TimexCandidate(_w[i].Start, _w[m.End - 1].End, m.Spec));
                i = m.End;
                if (CoordinatedDay(i, m.Spec) is { } second)
                {
                    if (m.Spec.Year == 0 && second.Spec.Year > 0) into[^1] = into[^1] with { Spec = m.Spec with { Year = second.Spec.Year } }; // "May 3 or 4, 2001"
                    into.Add(new TimexCandidate(_w[i + 1].Start, _w[second.End - 1].End, second.Spec));
                    i = second.End;
                }
            }
            else i++;
        }
    }

    Match? Best(int i)
    {
        ref readonly var w = ref _w[i];
        if (w.Lex is { } lex ? !lex.CanStart && !(lex.Starter && NextMayContinue(i)) : !w.IsNumber && !IsP(i, '\'')) return null;
        Match? best = null;
        Take(ref best, Modified(i));
        Take(ref best, Core(i));
        return best;
    }

    /// <summary>After a function word such as "the" or "last", an expression needs a time word, a number or a mark.</summary>
    bool NextMayContinue(int i) => i + 1 < _n && (_w[i + 1].Lex is not null || _w[i + 1].IsNumber || IsP(i + 1, '\'') || IsP(i + 1, '-'));

    Match? Core(int i)
    {
        Match? best = null;
        Take(ref best, NumericDate(i));
        Take(ref best, MonthDate(i));
        Take(ref best, DayMonth(i));
        Take(ref best, WeekdayDate(i));
        Take(ref best, YearOrDecade(i));
        Take(ref best, Relative(i));
        Take(ref best, QuantityUnit(i));
        Take(ref best, PluralUnit(i));
        Take(ref best, DayWord(i));
        Take(ref best, Reference(i));
        Take(ref best, Set(i));
        Take(ref best, Clock(i));
        Take(ref best, Quarter(i));
        Take(ref best, Century(i));
        Take(ref best, Season(i));
        Take(ref best, Holiday(i));
        return best;
    }

    /// <summary>"April 24 and 25": a second day of the month just named, after "and" or "or" at word i.</summary>
    Match? CoordinatedDay(int i, TimexSpec first)
    {
        if (first is not { Kind: TimexSpecKind.Calendar, Month: > 0, Day: > 0, WeekOf: false, TimeOfDay: null } || !(Is(i, "and") || Is(i, "or"))) return null;
        int end = DayNumber(i + 1, out int day);
        if (end < 0) return null;
        if (YearAfter(end, out int year) is > 0 and var yearEnd) return new Match(yearEnd, first with { Day = day, Year = year });
        if (Lex(end) is { Unit: not null } or { CountNoun: true } || end < _n && _w[end].IsNumber) return null;
        return new Match(end, first with { Day = day });
    }

    static void Take(ref Match? best, Match? m)
    {
        if (m is { } x && (best is not { } b || x.End > b.End)) best = x;
    }

    /// <summary>"early", "late", "mid-", "earlier", "later", "the end of" … before a date keep its value.</summary>
    Match? Modified(int i)
    {
        int j;
        if (Is(i, "early") || Is(i, "late") || Is(i, "earlier") || Is(i, "later")) j = i + 1;
        else if (Is(i, "mid")) j = IsP(i + 1, '-') ? i + 2 : i + 1;
        else if (Is(i, "the") && (Is(i + 1, "end") || Is(i + 1, "beginning") || Is(i + 1, "start") || Is(i + 1, "middle")) && Is(i + 2, "of")) j = i + 3;
        else if ((Is(i, "end") || Is(i, "beginning")) && Is(i + 1, "of")) j = i + 2;
        else return null;
        if (j >= _n || Core(j) is not { } inner) return null;
        if (inner.Spec.Type is not ("DATE" or "TIME") || inner.Spec.Value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF") return null;
        return new Match(inner.End, inner.Spec);
    }

    // ---- word tests ----

    bool Is(int i, string s) => (uint)i < (uint)_n && _w[i].Length == s.Length && _text.AsSpan(_w[i].Start, s.Length).Equals(s, StringComparison.OrdinalIgnoreCase);

    bool IsP(int i, char c) => (uint)i < (uint)_n && _w[i].Length == 1 && _text[_w[i].Start] == c;

    bool IsAnyP(int i) => (uint)i < (uint)_n && _w[i].Length == 1 && !char.IsLetterOrDigit(_text[_w[i].Start]);

    /// <summary>Word i follows word i-1 with no space between.</summary>
    bool Joined(int i) => (uint)i < (uint)_n && !_w[i].SpaceBefore;

    TimeWord? Lex(int i) => (uint)i < (uint)_n ? _w[i].Lex : null;

    bool Upper(int i) => (uint)i < (uint)_n && _w[i].Upper;

    bool NameAt(int i) => _isNameAt is not null && (uint)i < (uint)_n && _isNameAt(_w[i].Start);

    bool IsSentenceStart(int i) => i == 0 || IsP(i - 1, '.') || IsP(i - 1, '"') || IsP(i - 1, '\n') || IsP(i - 1, '“') || IsP(i - 1, ':');

    /// <summary>A number written with digits or words ("24", "twenty-four", "a", "several"); -1 stands for an unspecified number.</summary>
    int Quantity(int i, out int end, bool allowArticle = true)
    {
        end = i;
        if (i >= _n) return 0;
        var w = _w[i];
        if (w.IsNumber && w.Digits <= 3 && !(IsP(i + 1, '.') && Joined(i + 1) && i + 2 < _n && _w[i + 2].IsNumber && Joined(i + 2)) && !(IsP(i + 1, ',') && i + 2 < _n && _w[i + 2].Digits == 3 && Joined(i + 2)))
        {
            if (IsP(i - 1, '$')) return 0;
            end = i + 1;
            return w.Value;
        }
        if (allowArticle && (Is(i, "a") || Is(i, "an")))
        {
            if (Is(i + 1, "few") || Is(i + 1, "couple"))
            {
                end = Is(i + 2, "of") ? i + 3 : i + 2;
                return Is(i + 1, "couple") ? 2 : -1;
            }
            end = i + 1;
            return 1;
        }
        if (w.Lex is not { } lex) return 0;
        if (lex.Vague)
        {
            end = Is(i + 1, "of") ? i + 2 : i + 1;
            return Is(i, "couple") ? 2 : -1; // "the next couple of years"
        }
        if (lex.Number > 0)
        {
            int value = lex.Number;
            end = i + 1;
            if (value is >= 20 and < 100 && value % 10 == 0)
            {
                int k = IsP(end, '-') && Joined(end) ? end + 1 : end;
                if (Lex(k) is { Number: > 0 and < 10 } unit) { value += unit.Number; end = k + 1; }
            }
            return value;
        }
        return 0;
    }

    /// <summary>
    /// Whether a quarter was mentioned shortly before word i or in its sentence: financial reports
    /// date "a year ago" by the quarter they compare with.
    /// </summary>
    bool SentenceMentionsQuarter(int i)
    {
        for (int k = i - 1; k >= 0 && k > i - QuarterContextWords; k--)
            if (Lex(k)?.Unit == "Q") return true;
        for (int k = i + 1; k < _n && k < i + 40 && !IsP(k, '.'); k++)
            if (Lex(k)?.Unit == "Q") return true;
        return false;
    }

    const int QuarterContextWords = 300;
}
