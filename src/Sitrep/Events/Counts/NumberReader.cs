using System.Globalization;

namespace Sitrep.Events.Counts;

/// <summary>Reads a cardinal at a token ("12", "30,000", "one", "three hundred", "2 million") with its hedge ("at least", "some").</summary>
internal static class NumberReader
{
    static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a"] = 1, ["an"] = 1, ["dozen"] = 12,
    };
    static readonly Dictionary<string, int> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
    };

    /// <summary>A number whose last token is at or before <paramref name="last"/>, read backwards; start is its first token.</summary>
    public static bool TryReadEndingAt(TokenView view, int floor, int last, out int value, out int start)
    {
        value = 0;
        start = last;
        long mult = 1;
        while (start >= floor && Multipliers.TryGetValue(view.Lower[start], out var m)) { mult *= m; start--; }
        if (start < floor) return false;
        if (!TryAtom(view, start, out var atom) || (view.Lower[start] is "a" or "an" && mult == 1)) return false;
        // "thirty - five", "30,000": the tokenizer may split these.
        if (start - 2 >= floor && view.Lower[start - 1] is "," or "-" && TryAtom(view, start - 2, out var high) && view.IsNumber(start - 2) == view.IsNumber(start)
            && (view.Lower[start - 1] == "-" ? !view.IsNumber(start) : IsThousandsGroup(view.Lower[start]) && view.Lower[start - 2].Length <= 3))
        {
            atom = view.Lower[start - 1] == "," ? high * 1000 + atom : high + atom;
            start -= 2;
        }
        long v = atom * mult;
        if (v > int.MaxValue) return false;
        value = (int)v;
        return value > 0;
    }

    /// <summary>A number starting at <paramref name="first"/>; end is one past its last token.</summary>
    public static bool TryReadStartingAt(TokenView view, int first, int limit, out int value, out int end)
    {
        value = 0;
        end = first;
        if (first >= limit || !TryAtom(view, first, out _)) return false;
        end = first + 1;
        while (end + 1 < limit && view.Lower[end] is "," or "-" && view.IsNumber(end + 1) == view.IsNumber(first) && TryAtom(view, end + 1, out _)
               && (view.Lower[end] == "-" ? !view.IsNumber(first) : IsThousandsGroup(view.Lower[end + 1]) && view.Lower[end - 1].Length <= 3)) end += 2;
        while (end < limit && Multipliers.ContainsKey(view.Lower[end])) end++;
        return TryReadEndingAt(view, first, end - 1, out value, out int s) && s == first;
    }

    /// <summary>"30,000" split by the tokenizer: only three digits after a comma continue the number ("2004, 25 children" does not).</summary>
    static bool IsThousandsGroup(string w) => w.Length == 3 && char.IsDigit(w[0]) && char.IsDigit(w[1]) && char.IsDigit(w[2]);

    /// <summary>
    /// "10 to 15", "10-15", "between 10 and 15": the upper bound of a range starting with the number that ends at
    /// <paramref name="numberEnd"/>, when there is one.
    /// </summary>
    public static bool TryRangeEnd(TokenView view, int numberEnd, int limit, out int high, out int end)
    {
        high = 0;
        end = numberEnd;
        if (numberEnd + 1 >= limit || view.Lower[numberEnd] is not ("to" or "-" or "–" or "and")) return false;
        return TryReadStartingAt(view, numberEnd + 1, limit, out high, out end);
    }

    static bool TryAtom(TokenView view, int i, out long value)
    {
        var w = view.Lower[i].Replace(",", "", StringComparison.Ordinal);
        value = 0;
        if (w.Length == 0) return false;
        if (char.IsDigit(w[0]))
        {
            bool ok = double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d < 1e9;
            value = ok ? (long)d : 0;
            return ok;
        }
        value = Words.TryGetValue(w, out var n) ? n : 0;
        return value > 0;
    }

    /// <summary>The hedge right before a number: "at least" sets low, "up to" high, "about/some" only hedges the best guess.</summary>
    public static (bool Low, bool High) Hedge(TokenView view, int numberStart, int floor)
    {
        string prev = numberStart - 1 >= floor ? view.Lower[numberStart - 1] : "";
        string prev2 = numberStart - 2 >= floor ? view.Lower[numberStart - 2] + " " + prev : "";
        if (prev2 is "at least" or "more than" or "over than" || prev is "over" or "above") return (true, false);
        if (prev2 is "up to" or "as many" or "fewer than" or "less than" || prev is "nearly" or "almost" or "under") return (false, true);
        return (false, false);
    }
}
