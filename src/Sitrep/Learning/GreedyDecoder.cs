namespace Sitrep.Learning;

/// <summary>Left-to-right decoding: at each position the best-scoring label the scheme allows there.</summary>
internal static class GreedyDecoder
{
    /// <summary>The best label that may follow <paramref name="previous"/> (and, at the <paramref name="last"/> position, end the sequence); ties go to the lower label.</summary>
    public static int Best(ReadOnlySpan<float> scores, LabelScheme scheme, int previous, bool last)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < scheme.Count; l++)
        {
            if (!scheme.CanFollow(previous, l) || (last && !scheme.CanEnd(l))) continue;
            if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
        }
        return best;
    }
}
