using Sitrep.Documents;

namespace Sitrep.Events.Triggers;

/// <summary>
/// Verb and noun triggers by lemma. Tokens are matched by their lemma when the language stage gave one,
/// else by an inflected form the lexicon generated from its lemmas (plus an irregular-verb table).
/// </summary>
internal sealed class TriggerLexicon
{
    static readonly Lazy<TriggerLexicon> English = new(LoadEnglish);

    readonly Dictionary<string, TriggerEntry[]> _byFirstWord;
    readonly Dictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;
    readonly Dictionary<string, string> _formToLemma;
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _formToLemmaSpan;

    public TriggerLexicon(IEnumerable<TriggerEntry> entries, IReadOnlyDictionary<string, string> irregularForms)
    {
        var all = entries.ToList();
        _byFirstWord = all.GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Specificity).ThenByDescending(e => e.Weight).ToArray(), StringComparer.Ordinal);
        _formToLemma = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, lemma) in irregularForms) _formToLemma.TryAdd(form, lemma);
        foreach (var e in all)
            for (int w = 0; w < e.Words.Length; w++)
                foreach (var form in Inflection.Forms(e.Words[w], e.IsVerb || w > 0))
                    _formToLemma.TryAdd(form, e.Words[w]);
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _formToLemmaSpan = _formToLemma.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = all;
    }

    /// <summary>The lexicon Sitrep ships: English/triggers.tsv and English/irregular_verbs.tsv.</summary>
    public static TriggerLexicon Default => English.Value;

    public IReadOnlyList<TriggerEntry> Entries { get; }

    /// <summary>The lexicon lemma of a lowercase form, or null when no entry uses it.</summary>
    public string? LemmaOf(ReadOnlySpan<char> lowerForm, string? lemmaColumn)
    {
        if (lemmaColumn != null && _formToLemmaSpan.TryGetValue(lemmaColumn, out var fromColumn)) return fromColumn;
        return _formToLemmaSpan.TryGetValue(lowerForm, out var lemma) ? lemma : null;
    }

    public bool TryGetEntries(string lemma, out TriggerEntry[] entries) => _byFirstWordSpan.TryGetValue(lemma, out entries!);

    /// <summary>Triggers in tokens [start, end): longest phrase first, no two matches sharing a token.</summary>
    public List<TriggerMatch> Find(TokenView view, int start, int end)
    {
        var found = new List<TriggerMatch>();
        int coveredUntil = start;
        bool headline = Status.StatusClassifier.IsHeadline(view, start, end);
        for (int i = start; i < end; i++)
        {
            if (i < coveredUntil || view.Key[i] is not { } key || !_byFirstWord.TryGetValue(key, out var entries)) continue;
            // Mid-sentence capitals are names or months ("March", "Strike Force"), except in headlines.
            if (i > start && !headline && view.IsCapitalized(i)) continue;
            foreach (var entry in entries)
            {
                if (!PosFits(view, i, entry, entries)) continue;
                if (TryMatchRest(view, entry, i, end, out int last) && MatchesBefore(view, entry, i, start))
                {
                    found.Add(new TriggerMatch(entry, i, last + 1, entry.IsVerb ? i : last));
                    coveredUntil = last + 1;
                    break;
                }
            }
        }
        return found;
    }

    static bool TryMatchRest(TokenView view, TriggerEntry entry, int first, int end, out int last)
    {
        last = first;
        int maxGap = entry.IsVerb ? 3 : 1;
        for (int w = 1; w < entry.Words.Length; w++)
        {
            int j = last + 1, limit = Math.Min(end, last + 2 + (entry.Adjacent?[w] == true ? 0 : maxGap));
            while (j < limit && view.Key[j] != entry.Words[w] && view.Lower[j] != entry.Words[w]
                   && !TokenView.IsClauseBreak(view.Lower[j])) j++;
            if (j >= limit || (view.Key[j] != entry.Words[w] && view.Lower[j] != entry.Words[w])) return false;
            last = j;
        }
        return true;
    }

    static bool MatchesBefore(TokenView view, TriggerEntry entry, int first, int start)
    {
        int j = first - 1, floor = Math.Max(start, first - entry.Before.Length - 2);
        for (int w = entry.Before.Length - 1; w >= 0; w--, j--)
        {
            while (j >= floor && view.Lower[j] != entry.Before[w] && view.Key[j] != entry.Before[w]) j--;
            if (j < floor) return false;
        }
        return true;
    }

    // With POS tags a verb entry needs a verb; without them a determiner before the word makes it a noun.
    static bool PosFits(TokenView view, int i, TriggerEntry entry, TriggerEntry[] siblings)
    {
        if (entry.Words.Length > 1) return true;
        var upos = view.Doc.Upos.Length > i ? view.Doc.Upos[i] : UPos.None;
        if (upos != UPos.None)
            return entry.IsVerb ? upos is UPos.VERB or UPos.AUX || (upos == UPos.ADJ && view.Lower[i].EndsWith("ed", StringComparison.Ordinal))
                                : upos is UPos.NOUN or UPos.PROPN;
        // A determiner before, or a past-tense trigger right after ("a roadside bomb killed"), makes it a noun.
        bool nounContext = (i > 0 && TokenView.NounMarkers.Contains(view.Lower[i - 1]))
            || (i + 1 < view.Lower.Length && view.StartsTrigger[i + 1] && view.Lower[i + 1].EndsWith("ed", StringComparison.Ordinal));
        bool hasBoth = siblings.Any(s => s.Words.Length == 1 && s.IsVerb != entry.IsVerb);
        if (!hasBoth) return !(entry.IsVerb && nounContext && !view.Lower[i].EndsWith("ed", StringComparison.Ordinal));
        return entry.IsVerb != nounContext;
    }

    static TriggerLexicon LoadEnglish()
    {
        var entries = EventResources.Rows("English/triggers.tsv").Select(Parse).ToList();
        var irregular = EventResources.Map("English/irregular_verbs.tsv", StringComparer.Ordinal);
        foreach (var be in (string[])["is", "are", "was", "were", "been", "being", "am"]) irregular.TryAdd(be, "be");
        return new TriggerLexicon(entries, irregular);
    }

    static TriggerEntry Parse(string[] row)
    {
        if (row.Length < 6) throw new FormatException($"English/triggers.tsv: expected 6 columns in '{string.Join('\t', row)}'");
        var role = row[5] switch { "control" => TriggerRole.Control, "light" => TriggerRole.Light, _ => TriggerRole.Event };
        return new TriggerEntry(row[0].Split(' '), row[1] == "v", row[2], row[3] == "-" ? null : row[3],
            double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), role)
        { PatientSubject = row.Length > 6 && row[6] == "patient-subject" };
    }
}
