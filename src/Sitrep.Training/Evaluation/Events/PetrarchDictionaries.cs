using Sitrep.Events.Triggers;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// The PETR.Validate verb and actor dictionaries, used ONLY by the PETRARCH unit-test evaluation (they code a
/// fictional world): verb blocks "--- VERB [code] ---" with their forms and "- * WORDS [code]" phrases become a
/// trigger lexicon for the same engine; actor names become codes to compare actors with.
/// </summary>
internal sealed class PetrarchDictionaries
{
    PetrarchDictionaries(TriggerLexicon verbs, List<(string[] Words, string Code)> actors)
    {
        Verbs = verbs;
        Actors = actors;
    }

    public TriggerLexicon Verbs { get; }
    public List<(string[] Words, string Code)> Actors { get; }

    public static PetrarchDictionaries? TryLoad(string folder, CameoToPlover? plover)
    {
        var verbsPath = Path.Combine(folder, "PETR.Validate.verbs.txt");
        var actorsPath = Path.Combine(folder, "PETR.Validate.actors.txt");
        if (!File.Exists(verbsPath) || !File.Exists(actorsPath)) return null;
        var (entries, forms) = ReadVerbs(verbsPath, plover);
        return new PetrarchDictionaries(new TriggerLexicon(entries, forms), ReadActors(actorsPath));
    }

    /// <summary>The code of the longest dictionary actor inside <paramref name="text"/>, or null.</summary>
    public string? ActorCode(string text)
    {
        var words = Words(text);
        string? best = null;
        int bestLength = 0;
        foreach (var (name, code) in Actors)
        {
            if (name.Length <= bestLength) continue;
            for (int i = 0; i + name.Length <= words.Length; i++)
                if (name.AsSpan().SequenceEqual(words.AsSpan(i, name.Length))) { best = code; bestLength = name.Length; break; }
        }
        return best;
    }

    static string[] Words(string text) =>
        text.ToLowerInvariant().Replace('_', ' ').Split([' ', ',', '.', '\'', '"'], StringSplitOptions.RemoveEmptyEntries);

    static (List<TriggerEntry>, Dictionary<string, string>) ReadVerbs(string path, CameoToPlover? plover)
    {
        var entries = new List<TriggerEntry>();
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var synsets = ReadSynsets(path);
        string? verb = null, code = null;
        bool inHeader = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var inner = line.Trim('-').Trim();
                int b = inner.IndexOf('[');
                verb = (b > 0 ? inner[..b] : inner).Trim().TrimEnd('_').Replace('_', ' ').ToLowerInvariant();
                code = b > 0 ? Code(inner[b..]) : null;
                inHeader = true;
                continue;
            }
            if (line.StartsWith('&')) { verb = null; continue; }
            if (verb is null || (line.StartsWith('+') && !inHeader)) continue;
            if (line.StartsWith('+')) line = line[1..];
            if (line.StartsWith('-'))
            {
                inHeader = false;
                AddPattern(entries, verb, line[1..].Trim(), synsets, plover);
                continue;
            }
            if (!inHeader) continue;
            // A verb line: "BAN {BANS BANNED}" names the lemma and its irregular forms.
            int brace = line.IndexOf('{');
            var lemma = (brace > 0 ? line[..brace] : line).Split('[')[0].Trim().Replace('_', ' ').ToLowerInvariant();
            if (lemma.Length == 0 || lemma.Contains('+')) continue;
            var lineCode = line.Contains('[') ? Code(line[line.IndexOf('[')..]) : code;
            if (brace > 0)
                foreach (var f in line[(brace + 1)..].Split('}')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    forms.TryAdd(f.ToLowerInvariant(), lemma.Split(' ')[0]);
            if (lineCode != null) entries.Add(Entry(lemma.Split(' '), lineCode, 0.8, plover));
        }
        return (entries, forms);
    }

    /// <summary>
    /// Adds a "[BEFORE] * [AFTER] [code]" phrase, synsets expanded. In PETRARCH an underscore joins words that must be
    /// adjacent while a space allows words between; "$" and "+" (source and target slots) are dropped.
    /// </summary>
    static void AddPattern(List<TriggerEntry> entries, string verb, string pattern, Dictionary<string, List<string[]>> synsets, CameoToPlover? plover)
    {
        int b = pattern.IndexOf('[');
        if (b < 0 || Code(pattern[b..]) is not { } code) return;
        var sides = pattern[..b].Split('*');
        if (sides.Length != 2) return;
        var before = Phrases(sides[0], synsets);
        var after = Phrases(sides[1], synsets);
        if (before is null || after is null) return;
        foreach (var (beforeWords, _) in before.Take(20))
            foreach (var (afterWords, adjacent) in after.Take(200))
            {
                if (beforeWords.Count == 0 && afterWords.Count == 0) continue;
                string[] words = [verb.Split(' ')[0], .. afterWords];
                entries.Add(Entry(words, code, 1.0, plover) with { Before = [.. beforeWords], Adjacent = [false, .. adjacent] });
            }
    }

    /// <summary>All word sequences one side of a pattern stands for, each word flagged when it must touch the previous one.</summary>
    static List<(List<string> Words, List<bool> Adjacent)>? Phrases(string side, Dictionary<string, List<string[]>> synsets)
    {
        var result = new List<(List<string>, List<bool>)> { ([], []) };
        foreach (var chunk in side.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk is "$" or "+") continue;
            bool firstJoined = false;
            foreach (var part in chunk.Split('_'))
            {
                if (part.Length == 0) { firstJoined = true; continue; }
                if (part.IndexOfAny(['%', '{', '}', '$', '+', '^']) >= 0) return null;
                List<string[]> options = part.StartsWith('&') ? Expand(part, synsets, 0) : [[part.ToLowerInvariant()]];
                if (options.Count == 0) return null;
                bool joined = firstJoined;
                result = [.. result.SelectMany(r => options.Select(o =>
                    (r.Item1.Concat(o).ToList(), r.Item2.Concat(o.Select((_, k) => k > 0 || joined)).ToList())))];
                firstJoined = true;
            }
        }
        return result;
    }

    static List<string[]> Expand(string name, Dictionary<string, List<string[]>> synsets, int depth)
    {
        if (depth > 3 || !synsets.TryGetValue(name.TrimEnd('_'), out var members)) return [];
        return [.. members.SelectMany(m => m.Length == 1 && m[0].StartsWith('&') ? Expand(m[0].ToUpperInvariant(), synsets, depth + 1) : [m])];
    }

    /// <summary>"&amp;NAME" followed by "+MEMBER" lines (members may be phrases or other synsets).</summary>
    static Dictionary<string, List<string[]>> ReadSynsets(string path)
    {
        var synsets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw).Trim();
            if (line.StartsWith('&')) synsets[line.Split(' ')[0].TrimEnd('_')] = current = [];
            else if (line.StartsWith('+') && current != null)
            {
                var member = line[1..].Trim();
                current.Add(member.StartsWith('&') ? [member.TrimEnd('_')] : member.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else current = null;
        }
        return synsets;
    }

    static TriggerEntry Entry(string[] words, string code, double weight, CameoToPlover? plover) =>
        new(words, true, plover?.TypeOf(code) ?? "UNMAPPED", null, weight, TriggerRole.Event) { Cameo = code };

    static string? Code(string bracketed)
    {
        var inner = bracketed.TrimStart('[').Split(']')[0].Split(':')[0].Trim();
        return inner.Length > 0 && inner.All(char.IsDigit) ? inner : null;
    }

    static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    static List<(string[] Words, string Code)> ReadActors(string path)
    {
        var actors = new List<(string[], string)>();
        string? lastCode = null;
        string? pendingName = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal) || line.StartsWith('#')) continue;
            if (line.StartsWith('+'))
            {
                if (lastCode != null) actors.Add((Words(line[1..]), lastCode));
                continue;
            }
            int b = line.IndexOf('[');
            if (b < 0) { pendingName = line; continue; }
            var name = b == 0 ? pendingName : line[..b];
            var code = line[(b + 1)..].Split(']')[0].Split(' ')[0].Trim().ToUpperInvariant();
            pendingName = null;
            if (name is null || code.Length == 0 || code.StartsWith('-')) { lastCode = null; continue; }
            lastCode = code;
            actors.Add((Words(name), code));
        }
        return actors;
    }
}
