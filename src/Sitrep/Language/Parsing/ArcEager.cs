namespace Sitrep.Language.Parsing;

/// <summary>
/// The labelled arc-eager transition system (Nivre 2003). Actions are integers:
/// 0 shift, 1 reduce, 2 + 2l left-arc with label l, 3 + 2l right-arc with label l.
/// </summary>
internal static class ArcEager
{
    public const int Shift = 0, Reduce = 1;

    public static int ActionCount(int labels) => 2 + 2 * labels;
    public static int LeftArc(int label) => 2 + 2 * label;
    public static int RightArc(int label) => 3 + 2 * label;
    public static bool IsLeft(int action) => action >= 2 && (action & 1) == 0;
    public static bool IsRight(int action) => action >= 3 && (action & 1) == 1;
    public static int LabelOf(int action) => (action - 2) >> 1;

    public static bool CanShift(ParserState s) => !s.IsTerminal;
    public static bool CanReduce(ParserState s) => s.StackSize > 0 && s.HasHead(s.Stack(0));
    public static bool CanLeft(ParserState s) => s.StackSize > 0 && !s.IsTerminal && !s.HasHead(s.Stack(0));
    public static bool CanRight(ParserState s) => s.StackSize > 0 && !s.IsTerminal;

    public static bool IsValid(ParserState s, int action) => action switch
    {
        Shift => CanShift(s),
        Reduce => CanReduce(s),
        _ => IsLeft(action) ? CanLeft(s) : CanRight(s),
    };

    public static void Apply(ParserState s, int action)
    {
        switch (action)
        {
            case Shift: s.Push(); break;
            case Reduce: s.Pop(); break;
            default:
                if (IsLeft(action)) { s.AddArc(s.Buffer, s.Stack(0), LabelOf(action)); s.Pop(); }
                else { s.AddArc(s.Stack(0), s.Buffer, LabelOf(action)); s.Push(); }
                break;
        }
    }

    /// <summary>
    /// Words left headless are roots; a tree has one. Keeps the first that is not punctuation and
    /// attaches the others to it (punctuation as punct, anything else as parataxis).
    /// </summary>
    public static void SingleRoot(Span<int> heads, Span<string> labels, ReadOnlySpan<bool> isPunct)
    {
        int root = -1;
        for (int i = 0; i < heads.Length && root < 0; i++)
            if (heads[i] < 0 && !isPunct[i]) root = i;
        if (root < 0) root = heads.IndexOf(-1);
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] >= 0) continue;
            if (i == root) { labels[i] = "root"; continue; }
            heads[i] = root;
            labels[i] = isPunct[i] ? "punct" : "parataxis";
        }
    }
}
