using System.Text;
using Sitrep.Documents;

namespace Sitrep.Ingest.Cleanup;

/// <summary>Body paragraphs, captions moved out of the body, and furniture dropped (with reasons).</summary>
internal sealed record CleanedText(string Text, List<string> Captions, List<DroppedText> Dropped);

/// <summary>Normalises whitespace and separates body text from captions and page furniture.</summary>
internal static class TextCleaner
{
    /// <summary>
    /// Line endings become "\n", spaces of every kind one space, lines are trimmed, invisible characters removed,
    /// and any run of blank lines one paragraph break ("\n\n").
    /// </summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        int newlines = 0;
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                c = '\n';
            }
            if (c == '\n')
            {
                newlines++;
                pendingSpace = false;
                continue;
            }
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }
            if (sb.Length > 0)
            {
                if (newlines > 0) sb.Append(newlines > 1 ? "\n\n" : "\n");
                else if (pendingSpace) sb.Append(' ');
            }
            newlines = 0;
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Splits normalised text into paragraphs; captions and furniture (whole paragraphs or lines) leave the body.</summary>
    public static CleanedText Clean(string normalised)
    {
        var captions = new List<string>();
        var dropped = new List<DroppedText>();
        var kept = new List<string>();
        foreach (var paragraph in normalised.Split("\n\n"))
        {
            if (Classify(paragraph, captions, dropped)) continue;
            if (!paragraph.Contains('\n'))
            {
                kept.Add(paragraph);
                continue;
            }
            var lines = paragraph.Split('\n').Where(line => !Classify(line, captions, dropped)).ToList();
            if (lines.Count > 0) kept.Add(string.Join('\n', lines));
        }
        return new CleanedText(string.Join("\n\n", kept), captions, dropped);
    }

    /// <summary>True when the text left the body (as a caption or as dropped furniture).</summary>
    static bool Classify(string text, List<string> captions, List<DroppedText> dropped)
    {
        switch (FurniturePatterns.Match(text))
        {
            case null:
                return false;
            case FurniturePatterns.CaptionReason:
                captions.Add(text);
                return true;
            case var reason:
                dropped.Add(new DroppedText(text, reason));
                return true;
        }
    }

    /// <summary>
    /// A plain-text file's first paragraph is its headline when it is one short line without a final period,
    /// followed by a blank line and more text.
    /// </summary>
    public static bool TrySplitHeadline(string normalised, out string headline, out string rest)
    {
        headline = rest = "";
        int end = normalised.IndexOf("\n\n", StringComparison.Ordinal);
        if (end <= 0) return false;
        var first = normalised[..end];
        if (first.Length > 200 || first.Contains('\n') || first.EndsWith('.') || first.EndsWith(',') || first.EndsWith(';') || first.EndsWith(':'))
            return false;
        if (first.Count(c => c == ' ') > 30 || !char.IsLetterOrDigit(first[0]) && first[0] is not ('"' or '“' or '‘' or '\'')) return false;
        headline = first;
        rest = normalised[(end + 2)..];
        return rest.Length > 0;
    }
}
