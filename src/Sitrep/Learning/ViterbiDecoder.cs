namespace Sitrep.Learning;

/// <summary>
/// Exact first-order Viterbi search over the labels of a <see cref="LabelScheme"/>, with its hard
/// transition constraints. Scores come from two callbacks so the trainer and the frozen model share one search.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Writes the scores of the features that do not depend on the previous tag for token <c>i</c> into <c>scores</c>.</summary>
    public delegate void StaticScores(int i, Span<float> scores);
    /// <summary>Adds the scores of the features of token <c>i</c> given previous tag <c>prev</c> (-1 = sentence start) to <c>scores</c>.</summary>
    public delegate void HistoryScores(int i, int prev, Span<float> scores);

    [ThreadStatic] static int[]? t_back;

    /// <param name="stride">Length of the score spans handed to the callbacks (at least the label count).</param>
    public static void Decode(int length, LabelScheme scheme, StaticScores statics, HistoryScores history, Span<int> tags, int stride)
    {
        if (length == 0) return;
        int tagCount = scheme.Count;
        var back = t_back is { } b && b.Length >= length * tagCount ? b : (t_back = new int[Math.Max(4096, length * tagCount * 2)]);
        Span<float> stat = stackalloc float[stride], scores = stackalloc float[stride];
        Span<float> delta = stackalloc float[tagCount], next = stackalloc float[tagCount];
        for (int i = 0; i < length; i++)
        {
            stat.Clear();
            statics(i, stat);
            next.Fill(float.NegativeInfinity);
            bool last = i == length - 1;
            for (int p = i == 0 ? -1 : 0; p < (i == 0 ? 0 : tagCount); p++)
            {
                float from = p < 0 ? 0 : delta[p];
                if (float.IsNegativeInfinity(from)) continue;
                stat.CopyTo(scores);
                history(i, p, scores);
                for (int t = 0; t < tagCount; t++)
                {
                    if (!scheme.CanFollow(p, t) || (last && !scheme.CanEnd(t))) continue;
                    float v = from + scores[t];
                    if (v > next[t]) { next[t] = v; back[i * tagCount + t] = p; }
                }
            }
            next.CopyTo(delta);
        }
        int best = 0;
        for (int t = 1; t < tagCount; t++) if (delta[t] > delta[best]) best = t;
        for (int i = length - 1; i >= 0; i--)
        {
            tags[i] = best;
            best = back[i * tagCount + best];
        }
    }
}
