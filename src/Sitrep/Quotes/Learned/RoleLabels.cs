using Sitrep.Documents;
using Sitrep.Learning;

namespace Sitrep.Quotes.Learned;

/// <summary>BIO labels over the three roles of an attribution; one byte per token.</summary>
internal static class RoleLabels
{
    public const byte O = 0, BSource = 1, ISource = 2, BCue = 3, ICue = 4, BContent = 5, IContent = 6;
    public const int Count = 7;
    public static readonly IReadOnlyList<string> Names = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];
    /// <summary>BIO over the three roles: I-X only after B-X or I-X.</summary>
    public static readonly LabelScheme Scheme = LabelScheme.Bio(3);

    public static string Name(byte label) => Names[label];

    /// <summary>The role (1 source, 2 cue, 3 content) of a label, 0 for O.</summary>
    public static int Role(byte label) => (label + 1) / 2;

    public static bool IsInside(byte label) => label != O && label % 2 == 0;

    /// <summary>Marks the tokens that start inside <paramref name="span"/> with B then I labels of a role.</summary>
    public static void Mark(byte[] labels, Doc doc, CharSpan span, byte begin, bool overwrite)
    {
        bool first = true;
        for (int i = doc.TokenAtOrAfter(span.Start); i < doc.Count && doc.TokenStarts[i] < span.End; i++)
        {
            if (overwrite || labels[i] == O) labels[i] = first ? begin : (byte)(begin + 1);
            first = false;
        }
    }

    /// <summary>Spans of one role from a label sequence; a stray I starts a span.</summary>
    public static IEnumerable<(int Start, int End, int Role)> Spans(ReadOnlySpan<byte> labels, int offset)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, role = 0;
        for (int i = 0; i <= labels.Length; i++)
        {
            byte l = i < labels.Length ? labels[i] : O;
            bool continues = start >= 0 && IsInside(l) && Role(l) == role;
            if (continues) continue;
            if (start >= 0) spans.Add((offset + start, offset + i, role));
            start = l == O ? -1 : i;
            role = Role(l);
        }
        return spans;
    }
}
