namespace Sitrep.Documents;

/// <summary>A cheap view of one token: the document and an index into its columns.</summary>
public readonly struct Token(Doc doc, int index)
{
    public Doc Doc { get; } = doc;
    public int Index { get; } = index;

    public int StartChar => Doc.TokenStarts[Index];
    public int EndChar => Doc.TokenEnds[Index];
    public ReadOnlySpan<char> Text => Doc.Text.AsSpan(StartChar, EndChar - StartChar);
    public string TextString => Doc.Text.Substring(StartChar, EndChar - StartChar);
    public UPos Upos => Doc.Upos[Index];
    public string? Xpos => Doc.Xpos[Index];
    public string? Lemma => Doc.Lemma[Index];
    /// <summary>Index of the syntactic head, -1 for the root (and before parsing).</summary>
    public int HeadIndex => Doc.Head[Index];
    public string? Deprel => Doc.Deprel[Index];
    public bool IsSentenceStart => Doc.IsSentenceStart(Index);
    public bool SpaceAfter => Index + 1 < Doc.Count ? Doc.TokenStarts[Index + 1] > EndChar : EndChar < Doc.Text.Length;

    public override string ToString() => TextString;
}
