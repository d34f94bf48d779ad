namespace Sitrep.Documents;

/// <summary>A half-open character range [Start, End) into <see cref="Doc.Text"/>.</summary>
public readonly record struct CharSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(CharSpan other) => Start < other.End && other.Start < End;
    public string Slice(string text) => text[Start..End];
}
