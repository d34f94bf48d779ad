namespace Sitrep.Documents;

/// <summary>A cheap view of tokens [StartToken, EndToken) with an optional label.</summary>
public readonly struct Span(Doc doc, int startToken, int endToken, string? label = null)
{
    public Doc Doc { get; } = doc;
    public int StartToken { get; } = startToken;
    public int EndToken { get; } = endToken;
    public string? Label { get; } = label;

    public int Length => EndToken - StartToken;
    public int StartChar => Length == 0 ? 0 : Doc.TokenStarts[StartToken];
    public int EndChar => Length == 0 ? 0 : Doc.TokenEnds[EndToken - 1];
    public CharSpan Chars => new(StartChar, EndChar);
    public ReadOnlySpan<char> Text => Doc.Text.AsSpan(StartChar, EndChar - StartChar);
    public string TextString => Doc.Text.Substring(StartChar, EndChar - StartChar);
    public Token this[int i] => Doc[StartToken + i];

    public override string ToString() => TextString;
}
