namespace Sitrep.Language.Parsing;

/// <summary>
/// A configuration of the arc-eager system: stack, buffer front and the arcs so far, plus the
/// child summaries the features read (outermost children, valency, label sets). No root node:
/// words left without a head when the buffer empties are the roots. Reused across sentences.
/// </summary>
internal sealed class ParserState
{
    int[] _stack = new int[64];
    bool[] _onStack = new bool[64];
    public int[] Heads = new int[64], Labels = new int[64];
    public int[] Leftmost = new int[64], Leftmost2 = new int[64], Rightmost = new int[64], Rightmost2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public int Count { get; private set; }
    public int StackSize { get; private set; }
    /// <summary>Index of the first buffer word (= <see cref="Count"/> when the buffer is empty).</summary>
    public int Buffer { get; private set; }
    public bool IsTerminal => Buffer >= Count;

    public void Reset(int n)
    {
        if (_stack.Length < n + 1)
        {
            int size = Math.Max(n + 1, _stack.Length * 2);
            _stack = new int[size]; _onStack = new bool[size];
            Heads = new int[size]; Labels = new int[size];
            Leftmost = new int[size]; Leftmost2 = new int[size]; Rightmost = new int[size]; Rightmost2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
        }
        Count = n;
        StackSize = 0;
        Buffer = 0;
        foreach (var a in (int[][])[Heads, Labels, Leftmost, Leftmost2, Rightmost, Rightmost2]) Array.Fill(a, -1, 0, n);
        Array.Clear(LeftCount, 0, n); Array.Clear(RightCount, 0, n);
        Array.Clear(LeftLabels, 0, n); Array.Clear(RightLabels, 0, n);
        Array.Clear(_onStack, 0, n);
    }

    /// <summary>The i-th stack word from the top (0 = top), or -1.</summary>
    public int Stack(int i) => i < StackSize ? _stack[StackSize - 1 - i] : -1;
    /// <summary>The i-th buffer word, or -1 past the end.</summary>
    public int BufferAt(int i) => Buffer + i < Count ? Buffer + i : -1;
    public bool OnStack(int word) => _onStack[word];
    public bool HasHead(int word) => Heads[word] >= 0;

    public void Push()
    {
        _stack[StackSize++] = Buffer;
        _onStack[Buffer] = true;
        Buffer++;
    }

    public void Pop() => _onStack[_stack[--StackSize]] = false;

    public void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Leftmost[head] < 0 || dependent < Leftmost[head]) { Leftmost2[head] = Leftmost[head]; Leftmost[head] = dependent; }
            else if (Leftmost2[head] < 0 || dependent < Leftmost2[head]) Leftmost2[head] = dependent;
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (dependent > Rightmost[head]) { Rightmost2[head] = Rightmost[head]; Rightmost[head] = dependent; }
            else if (dependent > Rightmost2[head]) Rightmost2[head] = dependent;
        }
    }
}
