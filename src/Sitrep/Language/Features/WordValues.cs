using Sitrep.Learning;

namespace Sitrep.Language.Features;

/// <summary>
/// Per-sentence hashed values of each word (form, lowercase, affixes, shape, flags), computed once
/// and padded with sentinels on both sides so templates at i±<see cref="Padding"/> need no bounds checks.
/// Reused scratch: one instance per thread.
/// </summary>
internal sealed class WordValues
{
    public const int Padding = 3;
    public const int MaxAffix = 4;

    // Sentinel values for positions before the start and after the end of the sentence.
    static readonly ulong Before = FeatureHash.Of("<s>"), After = FeatureHash.Of("</s>");

    public int Count { get; private set; }
    public ulong[] Form = [], Lower = [], Shape = [], Flags = [];
    /// <summary>Suffix[k][i]: hash of the last k+1 lowercase characters (k = 0..3); Prefix likewise.</summary>
    public readonly ulong[][] Suffix = new ulong[MaxAffix][], Prefix = new ulong[MaxAffix][];

    /// <summary>Index of word i in the padded arrays.</summary>
    public static int At(int i) => i + Padding;

    public void Fill(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int n = starts.Length;
        Count = n;
        Ensure(n + 2 * Padding);
        for (int p = 0; p < Padding; p++) { SetSentinel(p, Before); SetSentinel(n + Padding + p, After); }
        Span<char> shape = stackalloc char[32];
        for (int i = 0; i < n; i++)
        {
            var w = text.AsSpan(starts[i], ends[i] - starts[i]);
            int at = i + Padding;
            Form[at] = FeatureHash.Of(w);
            Lower[at] = FeatureHash.OfLower(w);
            for (int k = 0; k < MaxAffix; k++)
            {
                int len = Math.Min(k + 1, w.Length);
                Suffix[k][at] = FeatureHash.OfLower(w[^len..]);
                Prefix[k][at] = FeatureHash.OfLower(w[..len]);
            }
            int s = 0;
            ulong flags = i == 0 ? 1UL : 0;
            foreach (char c in w)
            {
                char sc = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                if (char.IsDigit(c)) flags |= 2;
                else if (c == '-') flags |= 4;
                if ((s == 0 || shape[s - 1] != sc) && s < shape.Length) shape[s++] = sc;
            }
            if (w.Length > 0 && char.IsUpper(w[0])) flags |= 8;
            if (w.Length > 1 && !w.ContainsAnyExcept(UpperLetters)) flags |= 16;
            Shape[at] = FeatureHash.Of(shape[..s]);
            Flags[at] = flags;
        }
    }

    static readonly System.Buffers.SearchValues<char> UpperLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.&-");

    void SetSentinel(int at, ulong value)
    {
        Form[at] = Lower[at] = Shape[at] = value;
        Flags[at] = 32;
        for (int k = 0; k < MaxAffix; k++) Suffix[k][at] = Prefix[k][at] = value;
    }

    void Ensure(int size)
    {
        if (Form.Length >= size) return;
        size = Math.Max(size, Form.Length * 2);
        Form = new ulong[size]; Lower = new ulong[size]; Shape = new ulong[size]; Flags = new ulong[size];
        for (int k = 0; k < MaxAffix; k++) { Suffix[k] = new ulong[size]; Prefix[k] = new ulong[size]; }
    }
}
