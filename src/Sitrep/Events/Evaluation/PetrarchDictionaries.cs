using Sitrep.Events.Triggers;

namespace Sitrep.Events.Evaluation;

/// <summary>
/// The PETR.Validate verb and actor dictionaries, used ONLY by the PETRARCH unit-test evaluation (they code a
/// fictional world): verb blocks "--- VERB [code] ---" with their forms and "- * WORDS [code]" phrases become a
/// trigger lexicon for the same engine; actor names become codes to compare actors with.
/// </summary>
public sealed class PetrarchDictionaries
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
                AddPattern(entries, verb, line[1..].Trim(), plover);
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

    static void AddPattern(List<TriggerEntry> entries, string verb, string pattern, CameoToPlover? plover)
    {
        int b = pattern.IndexOf('[');
        if (b < 0) return;
        var code = Code(pattern[b..]);
        var words = pattern[..b].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (code is null || words.Length < 2 || words[0] != "*") return;
        var rest = words[1..].Where(w => w is not ("$" or "+")).ToList();
        if (rest.Count == 0 || rest.Any(w => w.IndexOfAny(['&', '%', '{', '}', '$', '+', '^']) >= 0)) return;
        var phrase = new List<string> { verb.Split(' ')[0] };
        phrase.AddRange(rest.SelectMany(w => w.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        entries.Add(Entry([.. phrase], code, 1.0, plover));
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
