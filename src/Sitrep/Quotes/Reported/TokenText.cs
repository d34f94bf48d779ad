using Sitrep.Documents;

namespace Sitrep.Quotes.Reported;

/// <summary>Word-shape questions about the tokens of one document.</summary>
internal readonly struct TokenText(Doc doc)
{
    public Doc Doc { get; } = doc;
    public int Count => Doc.Count;

    public ReadOnlySpan<char> this[int i] => Doc.Text.AsSpan(Doc.TokenStarts[i], Doc.TokenEnds[i] - Doc.TokenStarts[i]);

    public bool Is(int i, string word) => (uint)i < (uint)Count && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(int i) => (uint)i < (uint)Count && char.IsLetterOrDigit(this[i][0]);

    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(this[i][0]);

    public bool IsPunct(int i, char c) => (uint)i < (uint)Count && this[i] is [var x] && x == c;

    public bool IsQuoteMark(int i) => (uint)i < (uint)Count && this[i] is [var x] && x is '“' or '”' or '"' or '‘' or '’' or '\'' or '«' or '»';

    public bool IsSentenceEnd(int i) => (uint)i < (uint)Count && this[i] is [var x] && x is '.' or '!' or '?';

    /// <summary>True when a line break separates token i from token i-1.</summary>
    public bool StartsParagraph(int i) =>
        i == 0 || Doc.Text.AsSpan(Doc.TokenEnds[i - 1], Doc.TokenStarts[i] - Doc.TokenEnds[i - 1]).Contains('\n');

    public bool Tagged(int i) => Doc.Upos.Length > i && Doc.Upos[i] != UPos.None;

    public CharSpan Chars(int start, int end) => new(Doc.TokenStarts[start], Doc.TokenEnds[end - 1]);
}
