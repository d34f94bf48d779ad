using Sitrep.Documents;
using Sitrep.Training.Language.Conllu;
using Sitrep.Language.Lemmatization;

namespace Sitrep.Training.Language;

/// <summary>Counts (form, UPOS) → lemma and (suffix, UPOS) → edit script in training data; keeps the most frequent of each.</summary>
internal static class LemmatizerTrainer
{
    public static Lemmatizer Train(IEnumerable<ConlluSentence> train)
    {
        var forms = NewCounts<string>();
        var lowerForms = NewCounts<string>();
        var rules = NewCounts<EditScript>();
        foreach (var w in train.SelectMany(s => s.Words))
        {
            if (w.Lemma == "_" && w.Form != "_") continue;
            int u = (int)UPosNames.Parse(w.Upos);
            Count(forms[u], w.Form, w.Lemma);
            Count(lowerForms[u], w.Form.ToLowerInvariant(), w.Lemma);
            if (EditScript.Learn(w.Form, w.Lemma) is not { } script) continue;
            var lower = w.Form.ToLowerInvariant();
            for (int len = 0; len <= Math.Min(Lemmatizer.MaxSuffix, lower.Length); len++)
                Count(rules[u], lower[^len..], script);
        }
        return new Lemmatizer(
            [.. forms.Select(Best)],
            [.. lowerForms.Select(Best)],
            [.. rules.Select(Best)]);
    }

    static Dictionary<string, Dictionary<T, int>>[] NewCounts<T>() where T : notnull =>
        [.. Enumerable.Range(0, UPosNames.Count).Select(_ => new Dictionary<string, Dictionary<T, int>>(StringComparer.Ordinal))];

    static void Count<T>(Dictionary<string, Dictionary<T, int>> counts, string key, T value) where T : notnull
    {
        if (!counts.TryGetValue(key, out var c)) counts[key] = c = [];
        c[value] = c.GetValueOrDefault(value) + 1;
    }

    // Most frequent value; ties broken by the value's text so training is deterministic.
    static Dictionary<string, T> Best<T>(Dictionary<string, Dictionary<T, int>> counts) where T : notnull =>
        counts.ToDictionary(p => p.Key,
            p => p.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key.ToString(), StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);

    public static double Evaluate(Lemmatizer lemmatizer, IEnumerable<ConlluSentence> gold)
    {
        long ok = 0, n = 0;
        foreach (var w in gold.SelectMany(s => s.Words))
        {
            n++;
            if (lemmatizer.Lemmatize(w.Form, UPosNames.Parse(w.Upos)) == w.Lemma) ok++;
        }
        return (double)ok / Math.Max(1, n);
    }
}
