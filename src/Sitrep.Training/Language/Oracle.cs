using Sitrep.Language.Parsing;

namespace Sitrep.Training.Language;

/// <summary>
/// The dynamic oracle for arc-eager (Goldberg and Nivre 2012): the cost of an action is the number
/// of gold arcs still reachable before it and lost after it. Gold heads are 0-based, -1 for root.
/// </summary>
internal static class Oracle
{
    /// <summary>Fills <paramref name="costs"/> for every action (int.MaxValue when invalid).</summary>
    public static void Costs(ParserState s, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, Span<int> costs)
    {
        costs.Fill(int.MaxValue);
        int labels = (costs.Length - 2) / 2;
        int s0 = s.Stack(0), b = s.Buffer;
        if (ArcEager.CanShift(s)) costs[ArcEager.Shift] = ShiftCost(s, goldHeads);
        if (ArcEager.CanReduce(s)) costs[ArcEager.Reduce] = ChildrenInBuffer(s, goldHeads, s0);
        if (ArcEager.CanLeft(s))
        {
            int c = ChildrenInBuffer(s, goldHeads, s0);
            int g = goldHeads[s0];
            if (g != b && (g < 0 || g > b)) c++;
            for (int l = 0; l < labels; l++)
                costs[ArcEager.LeftArc(l)] = c + (g == b && goldLabels[s0] != l ? 1 : 0);
        }
        if (ArcEager.CanRight(s))
        {
            int c = 0;
            int g = goldHeads[b];
            if (g != s0 && (g < 0 || g > b || s.OnStack(g))) c++;
            for (int i = 0; i < s.StackSize; i++)
            {
                int k = s.Stack(i);
                if (!s.HasHead(k) && goldHeads[k] == b) c++;
            }
            for (int l = 0; l < labels; l++)
                costs[ArcEager.RightArc(l)] = c + (g == s0 && goldLabels[b] != l ? 1 : 0);
        }
    }

    static int ShiftCost(ParserState s, ReadOnlySpan<int> goldHeads)
    {
        int b = s.Buffer, c = 0;
        for (int i = 0; i < s.StackSize; i++)
        {
            int k = s.Stack(i);
            if (goldHeads[b] == k) c++;
            if (!s.HasHead(k) && goldHeads[k] == b) c++;
        }
        return c;
    }

    static int ChildrenInBuffer(ParserState s, ReadOnlySpan<int> goldHeads, int head)
    {
        int c = 0;
        for (int k = s.Buffer; k < s.Count; k++)
            if (goldHeads[k] == head) c++;
        return c;
    }
}
