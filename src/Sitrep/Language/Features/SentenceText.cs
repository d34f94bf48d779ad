

namespace Sitrep.Language.Features;

/// <summary>
/// A sentence's words as offsets into one string: how the Language models read both documents
/// (slices of Doc.Text) and treebank sentences (forms joined by spaces).
/// </summary>
internal sealed record SentenceText(string Text, int[] Starts, int[] Ends)
{
    public int Count => Starts.Length;

    public string Word(int i) => Text[Starts[i]..Ends[i]];

    public static SentenceText FromWords(IReadOnlyList<string> forms)
    {
        var starts = new int[forms.Count];
        var ends = new int[forms.Count];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < forms.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            starts[i] = sb.Length;
            sb.Append(forms[i]);
            ends[i] = sb.Length;
        }
        return new SentenceText(sb.ToString(), starts, ends);
    }
}
