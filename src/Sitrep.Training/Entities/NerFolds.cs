using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>
/// Document-wise k-fold split of a gold corpus: document d (in file order) belongs to fold d mod N.
/// Lets part of an in-domain dev file train while the rest stays unseen for model selection.
/// </summary>
internal readonly record struct NerFolds(int Fold, int Folds)
{
    /// <summary>Parses "K/N" (0 ≤ K &lt; N, N ≥ 2).</summary>
    public static NerFolds? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text)) return null;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int k) && int.TryParse(parts[1], out int n) && n >= 2 && k >= 0 && k < n)
            return new NerFolds(k, n);
        error = $"--hold-out '{text}': expected K/N with 0 <= K < N and N >= 2";
        return null;
    }

    /// <summary>The sentences of the held-out fold (<paramref name="heldOut"/>) or of all other folds.</summary>
    public List<NerSentence> Select(IReadOnlyList<NerSentence> sentences, bool heldOut)
    {
        var picked = new List<NerSentence>();
        int document = -1;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (i == 0 || sentences[i].DocumentStart) document++;
            if ((document % Folds == Fold) == heldOut) picked.Add(sentences[i]);
        }
        return picked;
    }

    public override string ToString() => $"{Fold}/{Folds}";
}
