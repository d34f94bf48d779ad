namespace Sitrep.Evaluation;

/// <summary>True positives, false positives and false negatives, with the scores they give.</summary>
internal sealed class PrfCounts
{
    public long TruePositives, FalsePositives, FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts exact matches between two sets of items.</summary>
    public void AddSets<T>(IReadOnlyCollection<T> gold, IReadOnlyCollection<T> system)
    {
        var g = gold as ISet<T> ?? new HashSet<T>(gold);
        long tp = system.Count(g.Contains);
        TruePositives += tp;
        FalsePositives += system.Count - tp;
        FalseNegatives += gold.Count - tp;
    }
}
