namespace Sitrep.Language.Tokenization;

/// <summary>
/// Wire copy wrapped at a fixed width ("died today in a\nmajor battle"): most lines are full-width and end inside a
/// sentence. There a single line break is only a wrap, never the end of a headline or heading. Text with one paragraph
/// per line ends nearly every line with closing punctuation, and headings and list items are short lines.
/// </summary>
internal static class HardWrap
{
    /// <summary>A wrapped line is at least this long; headings and list items are mostly shorter.</summary>
    const int MinWrappedLineChars = 30;

    public static bool IsHardWrapped(ReadOnlySpan<char> text)
    {
        int lines = 0, wrapped = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.IsEmpty) continue;
            lines++;
            if (line.Length >= MinWrappedLineChars && line[^1] is not ('.' or '!' or '?' or '"' or '\'' or '”' or '’' or ':' or ')' or ';'))
                wrapped++;
        }
        return lines >= 3 && wrapped * 2 > lines;
    }
}
