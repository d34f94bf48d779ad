namespace Sitrep.Events.Triggers;

/// <summary>
/// Single words in an event's sentence that refine it: the mode of a type ("IED" → ASSAULT/explosives,
/// English/mode_cues.tsv) or a PLOVER context ("refugees" → asylum, English/context_cues.tsv).
/// </summary>
internal sealed class WordCues
{
    static readonly Lazy<WordCues> English = new(() => new WordCues(
        EventResources.Rows("English/mode_cues.tsv").Select(r => (r[0], r[1], r[2])),
        EventResources.Rows("English/context_cues.tsv").Select(r => (r[0], r[1]))));

    readonly Dictionary<string, List<(string Type, string Mode)>> _modes;
    readonly Dictionary<string, string> _contexts;

    public WordCues(IEnumerable<(string Word, string Type, string Mode)> modes, IEnumerable<(string Word, string Context)> contexts)
    {
        _modes = modes.GroupBy(m => m.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(m => (m.Type, m.Mode)).ToList(), StringComparer.Ordinal);
        _contexts = contexts.ToDictionary(c => c.Word, c => c.Context, StringComparer.Ordinal);
    }

    public static WordCues Default => English.Value;

    /// <summary>The mode cue for <paramref name="type"/> nearest to the trigger in [start, end), or null.</summary>
    public (string Mode, int Token)? Mode(TokenView view, int start, int end, string type, int trigger)
    {
        (string, int)? best = null;
        int bestDistance = int.MaxValue;
        for (int i = start; i < end; i++)
        {
            if (!_modes.TryGetValue(view.Lower[i], out var list)) continue;
            foreach (var (t, mode) in list)
                if (t == type && Math.Abs(i - trigger) < bestDistance)
                {
                    best = (mode, i);
                    bestDistance = Math.Abs(i - trigger);
                }
        }
        return best;
    }

    /// <summary>Up to three distinct contexts named in [start, end), in order of appearance.</summary>
    public List<string> Contexts(TokenView view, int start, int end)
    {
        var found = new List<string>();
        for (int i = start; i < end && found.Count < 3; i++)
            if (_contexts.TryGetValue(view.Lower[i], out var c) && !found.Contains(c)) found.Add(c);
        return found;
    }
}
