using Sitrep.Documents;

namespace Sitrep.Events.Status;

/// <summary>
/// Status from cue words in the trigger's clause (English/status_cues.tsv). Modal and aspect cues must sit
/// just before the trigger; attitude cues ("fears", "warned", "if") may open the clause. A headline's bare
/// infinitive ("Coalition to Attack Raqqa") is planned. Precedence: negated, hypothetical, planned, reported, ongoing.
/// </summary>
internal sealed class StatusClassifier
{
    const int NearWindow = 4;
    static readonly Lazy<StatusClassifier> English = new(() => new StatusClassifier(EventResources.Rows("English/status_cues.tsv")));
    static readonly string[] Precedence = [EventStatus.Negated, EventStatus.Hypothetical, EventStatus.Planned, EventStatus.Reported, EventStatus.Ongoing];
    static readonly HashSet<string> FarCues = ["fear", "fears", "feared", "warn", "warns", "warned", "if", "unless", "likely to", "threat of", "risk of",
        "reportedly", "allegedly", "claimed", "denied", "denies", "deny", "ongoing", "continuing", "engaged in", "hope to", "hopes to", "plan to", "plans to", "planned to"];

    readonly List<(string[] Words, string Status)> _cues;

    public StatusClassifier(IEnumerable<string[]> rows) =>
        _cues = [.. rows.Select(r => (r[0].Split(' '), r[1])).OrderByDescending(c => c.Item1.Length)];

    public static StatusClassifier Default => English.Value;

    /// <param name="clauseToken">First token of the verb group carrying the trigger (a light or control verb when present).</param>
    public StatusCue Classify(TokenView view, int start, int end, int clauseToken, int triggerEnd)
    {
        int clauseStart = start;
        for (int j = clauseToken - 1; j >= start; j--)
            if (TokenView.IsClauseBreak(view.Lower[j]) && view.Lower[j] is not ("if" or "unless" or "\"" or "“" or "”")) { clauseStart = j + 1; break; }

        StatusCue best = StatusCue.Occurred;
        int bestRank = Precedence.Length;
        for (int j = clauseStart; j < clauseToken; j++)
            foreach (var (words, status) in _cues)
            {
                if (!Matches(view, j, clauseToken, words)) continue;
                bool near = clauseToken - (j + words.Length) < NearWindow && !TriggerBetween(view, j + words.Length, clauseToken);
                string joined = string.Join(' ', words);
                if (!near && !FarCues.Contains(joined)) continue;
                var resolved = status == "ongoing-aux" ? ProgressiveStatus(view, j + words.Length, clauseToken) : status;
                if (resolved is null) continue;
                Consider(ref best, ref bestRank, new StatusCue(resolved, j, j + words.Length));
            }
        for (int j = triggerEnd; j < end; j++)
            if (view.Lower[j] is "unless" or "if")
            {
                Consider(ref best, ref bestRank, new StatusCue(EventStatus.Hypothetical, j, j + 1));
                break;
            }
        if (bestRank == Precedence.Length && clauseToken > start && view.Lower[clauseToken - 1] == "to" && IsHeadline(view, start, end))
            best = new StatusCue(EventStatus.Planned, clauseToken - 1, clauseToken);
        return best;
    }

    static readonly Dictionary<string, string> GoverningCues = new(StringComparer.Ordinal)
    {
        ["will"] = EventStatus.Planned, ["shall"] = EventStatus.Planned, ["'ll"] = EventStatus.Planned,
        ["would"] = EventStatus.Hypothetical, ["could"] = EventStatus.Hypothetical, ["may"] = EventStatus.Hypothetical,
        ["might"] = EventStatus.Hypothetical, ["likely"] = EventStatus.Hypothetical, ["unlikely"] = EventStatus.Hypothetical,
        ["possible"] = EventStatus.Hypothetical, ["probable"] = EventStatus.Hypothetical, ["expected"] = EventStatus.Planned,
        ["planned"] = EventStatus.Planned, ["set"] = EventStatus.Planned, ["due"] = EventStatus.Planned,
    };

    /// <summary>
    /// The status a clause gives to the event noun that is its subject: "a push to capture Raqqa is likely to be complicated",
    /// "the strike could come within days", "talks are expected to resume" (needs a parse). Occurred when nothing says otherwise.
    /// </summary>
    public static StatusCue Governing(TokenView view, int head)
    {
        var doc = view.Doc;
        int t = head;
        // The purpose or content clause of a noun belongs to that noun's phrase: "a push to capture".
        if (view.BaseDeprel(t) is "acl" or "xcomp" && doc.Head[t] is var noun && noun >= 0 && doc.Upos[noun] is UPos.NOUN) t = noun;
        if (view.BaseDeprel(t) is not "nsubj" || doc.Head[t] is var verb && verb < 0) return Following(view, head);
        StatusCue best = StatusCue.Occurred;
        int bestRank = Precedence.Length;
        if (GoverningCues.TryGetValue(view.Lower[verb], out var own)) Consider(ref best, ref bestRank, new StatusCue(own, verb, verb + 1));
        foreach (var c in view.Children![verb])
            if (view.Deprel(c) is "aux" or "cop" or "advmod" && GoverningCues.TryGetValue(view.Lower[c], out var status))
                Consider(ref best, ref bestRank, new StatusCue(status, c, c + 1));
        return best;
    }

    static readonly HashSet<string> Modals = ["will", "shall", "'ll", "would", "could", "may", "might"];

    /// <summary>
    /// A modal on the verb that carries the trigger further up its clause (needs a parse): "will make an official visit
    /// … and hold talks", "would try to resolve … and discuss". Climbs from an event noun to the verb it is the object of,
    /// and through xcomp and subjectless conjuncts; reported speech (ccomp) and adverbial clauses keep their own status.
    /// </summary>
    public static StatusCue Carried(TokenView view, int head)
    {
        var doc = view.Doc;
        int t = head;
        for (int hop = 0; hop < 4; hop++)
        {
            foreach (var c in view.Children![t])
                if (view.Deprel(c) is "aux" && Modals.Contains(view.Lower[c]) && GoverningCues.TryGetValue(view.Lower[c] == "'ll" ? "will" : view.Lower[c], out var status))
                    return new StatusCue(status, c, c + 1);
            int up = doc.Head[t];
            if (up < 0) break;
            var rel = view.BaseDeprel(t);
            bool climbs = rel switch
            {
                "obj" or "obl" => doc.Upos[t] is UPos.NOUN && doc.Upos[up] is UPos.VERB,
                "xcomp" => true,
                "conj" => !view.Children[t].Any(c => view.BaseDeprel(c) is "nsubj" || view.Deprel(c) is "aux"),
                _ => false,
            };
            if (!climbs) break;
            t = up;
        }
        return StatusCue.Occurred;
    }

    /// <summary>
    /// The same without a usable parse: an event noun, or an infinitive hanging on a noun, followed within its phrase by a
    /// modal or "is likely/expected to" ("a push to capture Raqqa is likely to…"); a verb after it would be another clause.
    /// </summary>
    static StatusCue Following(TokenView view, int head)
    {
        var doc = view.Doc;
        bool nominal = doc.Upos[head] is UPos.NOUN || (head > 1 && view.Lower[head - 1] == "to" && doc.Upos[head - 2] is UPos.NOUN);
        if (!nominal) return StatusCue.Occurred;
        for (int j = head + 1; j < doc.Count && j <= head + 5; j++)
        {
            var w = view.Lower[j];
            if (w is "," or "." || TokenView.IsClauseBreak(w) || doc.Upos[j] is UPos.VERB) break;
            if (GoverningCues.TryGetValue(w, out var status) && (doc.Upos[j] is UPos.AUX || doc.Upos[j - 1] is UPos.AUX))
                return new StatusCue(status, j, j + 1);
        }
        return StatusCue.Occurred;
    }

    /// <summary>The cue of higher precedence (negated, hypothetical, planned, reported, ongoing, occurred).</summary>
    public static StatusCue Stronger(StatusCue a, StatusCue b)
    {
        int ra = Array.IndexOf(Precedence, a.Status), rb = Array.IndexOf(Precedence, b.Status);
        if (ra < 0) ra = Precedence.Length;
        if (rb < 0) rb = Precedence.Length;
        return rb < ra ? b : a;
    }

    // A modal belongs to the first verb after it: "will support a resolution that aims to tighten sanctions".
    static bool TriggerBetween(TokenView view, int from, int to)
    {
        for (int j = from; j < to; j++)
            if (view.StartsTrigger[j]) return true;
        return false;
    }

    static void Consider(ref StatusCue best, ref int bestRank, StatusCue cue)
    {
        int rank = Array.IndexOf(Precedence, cue.Status);
        if (rank >= 0 && rank < bestRank) { best = cue; bestRank = rank; }
    }

    // "are engaged", "is carrying out": present progressive or stative participle is ongoing; anything else is not a cue.
    static string? ProgressiveStatus(TokenView view, int after, int clauseToken)
    {
        for (int j = after; j <= clauseToken && j < view.Lower.Length; j++)
        {
            var w = view.Lower[j];
            if (w.EndsWith("ing", StringComparison.Ordinal) || w == "engaged" || w == "under") return EventStatus.Ongoing;
            if (w is not ("still" or "now" or "also" or "currently")) return null;
        }
        return null;
    }

    static bool Matches(TokenView view, int at, int before, string[] words)
    {
        if (at + words.Length > before) return false;
        for (int w = 0; w < words.Length; w++)
            if (view.Lower[at + w] != words[w]) return false;
        return true;
    }

    /// <summary>A headline or caption line: no sentence-final punctuation.</summary>
    public static bool IsHeadline(TokenView view, int start, int end)
    {
        for (int j = end - 1; j >= start; j--)
        {
            var w = view.Lower[j];
            if (w is "." or "!" or "?") return false;
            if (w is not ("\"" or "”" or "'" or "’" or ")")) return true;
        }
        return true;
    }
}
