namespace Sitrep.Language.Parsing;

/// <summary>
/// Pseudo-projective transformation (Nivre and Nilsson 2005, "head" encoding). Lifting moves a
/// non-projective arc up to the head's head and records the original head's own label in the
/// dependent's label as <c>deprel↑headlabel</c>; decoding searches the new head's subtree for a
/// word with that label and moves the dependent back. Heads are 0-based, -1 for the root.
/// </summary>
internal static class Projectivizer
{
    public const char Lift = '↑';

    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (int d = 0; d < heads.Length; d++)
            if (!IsProjectiveArc(heads, d)) return false;
        return true;
    }

    /// <summary>An arc is projective when every word between head and dependent descends from the head.</summary>
    static bool IsProjectiveArc(ReadOnlySpan<int> heads, int d)
    {
        int h = heads[d];
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
            if (!Dominates(heads, h, k)) return false;
        return true;
    }

    static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int k)
    {
        if (ancestor < 0) return true;
        for (int steps = 0; k >= 0 && steps <= heads.Length; steps++, k = heads[k])
            if (k == ancestor) return true;
        return false;
    }

    /// <summary>Lifts the shortest non-projective arc until the tree is projective; labels gain ↑ marks.</summary>
    public static (int[] Heads, string[] Labels) Projectivize(ReadOnlySpan<int> heads, IReadOnlyList<string> labels)
    {
        var h = heads.ToArray();
        var l = labels.ToArray();
        var lifted = new bool[h.Length];
        while (true)
        {
            int best = -1, bestLength = int.MaxValue;
            for (int d = 0; d < h.Length; d++)
            {
                if (h[d] < 0 || IsProjectiveArc(h, d)) continue;
                int length = Math.Abs(h[d] - d);
                if (length < bestLength) { best = d; bestLength = length; }
            }
            if (best < 0) return (h, l);
            int oldHead = h[best];
            if (!lifted[best]) l[best] = l[best] + Lift + BaseLabel(l[oldHead]);
            lifted[best] = true;
            h[best] = h[oldHead];
        }
    }

    /// <summary>Undoes lifting: each word labelled <c>d↑x</c> moves to the first word labelled x (breadth-first) under its head.</summary>
    public static void Deprojectivize(Span<int> heads, string[] labels)
    {
        for (int d = 0; d < heads.Length; d++)
        {
            int mark = labels[d].IndexOf(Lift);
            if (mark < 0) continue;
            string target = labels[d][(mark + 1)..];
            labels[d] = labels[d][..mark];
            int found = FindBelow(heads, labels, heads[d], d, target);
            if (found >= 0) heads[d] = found;
        }
    }

    static int FindBelow(ReadOnlySpan<int> heads, string[] labels, int top, int exclude, string target)
    {
        var queue = new Queue<int>();
        queue.Enqueue(top);
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            for (int k = 0; k < heads.Length; k++)
            {
                if (heads[k] != node || k == exclude) continue;
                if (BaseLabel(labels[k]) == target) return k;
                queue.Enqueue(k);
            }
        }
        return -1;
    }

    static string BaseLabel(string label)
    {
        int mark = label.IndexOf(Lift);
        return mark < 0 ? label : label[..mark];
    }
}
