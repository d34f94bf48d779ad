namespace Sitrep.Language.Tokenization;

/// <summary>Character tests shared by the tokenizer rules and the sentence splitter.</summary>
internal static class CharClasses
{
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Ends a sentence: . ! ? and the ellipsis character.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Opens a quotation or bracket and is split from the word after it.</summary>
    public static bool IsOpening(char c) => c is '(' or '[' or '{' or '<' or '"' or '“' or '‘' or '«' or '‹' or '„' or '`';

    /// <summary>Closes a quotation or bracket and is split from the word before it.</summary>
    public static bool IsClosing(char c) => c is ')' or ']' or '}' or '>' or '"' or '”' or '’' or '\'' or '»' or '›';

    public static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹';

    /// <summary>Characters a web address does not end with when followed by them in running text.</summary>
    public static bool IsTrailingUrlPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']' or '>';

    /// <summary>The number of equal characters starting at <paramref name="i"/>.</summary>
    public static int RunLength(ReadOnlySpan<char> s, int i)
    {
        int j = i + 1;
        while (j < s.Length && s[j] == s[i]) j++;
        return j - i;
    }

    /// <summary>The number of <paramref name="c"/> characters ending <paramref name="s"/>.</summary>
    public static int TrailingRun(ReadOnlySpan<char> s, char c)
    {
        int j = s.Length;
        while (j > 0 && s[j - 1] == c) j--;
        return s.Length - j;
    }

    /// <summary>The number of terminal characters (. ! ? …) ending <paramref name="s"/>.</summary>
    public static int TrailingTerminalRun(ReadOnlySpan<char> s)
    {
        int j = s.Length;
        while (j > 0 && IsTerminal(s[j - 1])) j--;
        return s.Length - j;
    }
}
