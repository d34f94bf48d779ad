using Sitrep.Pipeline;

namespace Sitrep.Time.Recognition;

/// <summary>What one lower-cased word can mean in a time expression (any combination).</summary>
internal sealed class TimeWord
{
    public int Month, Weekday, Number, Ordinal, SeasonIndex = -1, DayOffset = int.MinValue;
    public string? Unit, Season, DayPart, Reference, DayOffsetPart, Tense, Forward;
    /// <summary>The word has a role of its own in a time expression (not only a tense or context marker); set once loaded.</summary>
    public bool CanStart;

    public void Seal() => CanStart = Month > 0 || Weekday > 0 || Number > 0 || Ordinal > 0 || Unit is not null || Season is not null
                                     || DayPart is not null || Reference is not null || DayOffset != int.MinValue || Vague || HolidayStart;

    public bool MonthAbbrev, MonthAmbiguous, WeekdayPlural, UnitPlural, UnitAdverb, Vague,
        PastVerb, NotPastEd, UnitModifier, NameFollower, NamePreceder, YearContext, Starter, HolidayStart, CountNoun;
}

/// <summary>
/// The English word lists under Time/English (embedded resources), merged into one
/// case-insensitive table probed with spans so the recogniser never allocates per word.
/// </summary>
internal sealed class TimeLexicon
{
    public static TimeLexicon English { get; } = new();

    readonly Dictionary<string, TimeWord> _words = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Holidays keyed by their words joined with single spaces, lower case.</summary>
    public IReadOnlyDictionary<string, string> Holidays { get; }
    public int LongestHolidayWords { get; }

    TimeLexicon()
    {
        foreach (var f in Read("months.txt"))
            Add(f[0], w => { w.Month = int.Parse(f[1]); w.MonthAbbrev = Has(f, "abbrev"); w.MonthAmbiguous = Has(f, "ambiguous"); });
        foreach (var f in Read("weekdays.txt"))
            Add(f[0], w => { w.Weekday = int.Parse(f[1]); w.WeekdayPlural = Has(f, "plural"); });
        foreach (var f in Read("numbers.txt")) Add(f[0], w => w.Number = int.Parse(f[1]));
        foreach (var f in Read("ordinals.txt")) Add(f[0], w => w.Ordinal = int.Parse(f[1]));
        foreach (var f in Read("vague_quantities.txt")) Add(f[0], w => w.Vague = true);
        foreach (var f in Read("units.txt"))
            Add(f[0], w => { w.Unit = f[1]; w.UnitPlural = Has(f, "plural"); w.UnitAdverb = Has(f, "adverb"); });
        foreach (var f in Read("seasons.txt")) Add(f[0], w => { w.Season = f[1]; w.SeasonIndex = int.Parse(f[2]); });
        foreach (var f in Read("day_parts.txt")) Add(f[0], w => w.DayPart = f[1]);
        foreach (var f in Read("day_words.txt"))
            Add(f[0], w => { w.DayOffset = int.Parse(f[1]); w.DayOffsetPart = f.Length > 2 ? f[2] : null; });
        foreach (var f in Read("reference_words.txt")) Add(f[0], w => w.Reference = f[1]);
        foreach (var f in Read("past_verbs.txt")) Add(f[0], w => w.PastVerb = true);
        foreach (var f in Read("not_past_ed.txt")) Add(f[0], w => w.NotPastEd = true);
        foreach (var f in Read("tense_words.txt")) Add(f[0], w => w.Tense = f[1]);
        foreach (var f in Read("forward_words.txt")) Add(f[0], w => w.Forward = f[1]);
        foreach (var f in Read("name_followers.txt")) Add(f[0], w => w.NameFollower = true);
        foreach (var f in Read("name_preceders.txt")) Add(f[0], w => w.NamePreceder = true);
        foreach (var f in Read("year_context.txt")) Add(f[0], w => w.YearContext = true);
        foreach (var f in Read("grammar_words.txt")) Add(f[0], w => w.Starter = true);
        foreach (var f in Read("count_nouns.txt")) Add(f[0], w => w.CountNoun = true);
        foreach (var f in Read("unit_modifiers.txt")) Add(f[0], w => w.UnitModifier = true);

        var holidays = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int longest = 0;
        foreach (var f in Read("holidays.txt"))
        {
            holidays[f[0]] = f[1];
            var words = f[0].Split(' ');
            int letters = 0;
            while (letters < words[0].Length && char.IsLetter(words[0][letters])) letters++;
            Add(words[0][..letters], w => w.HolidayStart = true); // "mother's day" starts at the word "mother"
            longest = Math.Max(longest, words.Length);
        }
        Holidays = holidays;
        LongestHolidayWords = longest;
        foreach (var w in _words.Values) w.Seal();
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TimeWord? Lookup(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var w) ? w : null;

    void Add(string key, Action<TimeWord> set)
    {
        if (!_words.TryGetValue(key, out var w)) _words[key] = w = new TimeWord();
        set(w);
    }

    static bool Has(string[] fields, string flag) => fields.Skip(2).Contains(flag);

    /// <summary>Tab-separated rows of an embedded list; '#' starts a comment line.</summary>
    static IEnumerable<string[]> Read(string file)
    {
        var name = "Time/English/" + file;
        using var stream = EmbeddedData.Open(name);
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
