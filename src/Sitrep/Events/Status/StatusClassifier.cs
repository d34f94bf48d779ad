using Sitrep.Documents;

namespace Sitrep.Events.Status;

/// <summary>
/// Status from cue words in the trigger's clause (English/status_cues.tsv). Modal and aspect cues must sit
/// just before the trigger; attitude cues ("fears", "warned", "if") may open the clause. A headline's bare
/// infinitive ("Coalition to Attack Raqqa") is planned. Precedence: negated, hypothetical, planned, reported, ongoing.
/// </summary>
public sealed class StatusClassifier
{
    const int NearWindow = 4;
    static readonly Lazy<StatusClassifier> English = new(() => new StatusClassifier(EventResources.Rows("English/status_cues.tsv")));
    static readonly string[] Precedence = [EventStatus.Negated, EventStatus.Hypothetical, EventStatus.Planned, EventStatus.Reported, EventStatus.Ongoing];
    static readonly HashSet<string> FarCues = ["fear", "fears", "feared", "warn", "warns", "warned", "if", "unless", "likely to", "threat of", "risk of",
        "reportedly", "allegedly", "claimed", "ongoing", "continuing", "engaged in", "hope to", "hopes to", "plan to", "plans to", "planned to"];

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
