using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Tests.Entities;

/// <summary>Builds small documents for entity tests: a simple tokenizer, and NER spans set by hand.</summary>
internal static partial class TestDocs
{
    [GeneratedRegex(@"(?:[A-Z]\.){2,}|\w+(?:[-']\w+)*|[^\w\s]")]
    private static partial Regex TokenPattern();

    public static Doc Tokenized(string text)
    {
        var doc = new Doc(text);
        var matches = TokenPattern().Matches(text);
        doc.SetTokens([.. matches.Select(m => m.Index)], [.. matches.Select(m => m.Index + m.Length)]);
        doc.SetSentenceStarts(Enumerable.Range(1, doc.Count - 1).Where(i => doc[i - 1].Text is "." or "!" or "?"));
        return doc;
    }

    /// <summary>Marks every occurrence of <paramref name="name"/> (whole tokens) as an entity of <paramref name="type"/>.</summary>
    public static Doc Tag(this Doc doc, string name, string type)
    {
        int from = 0, at;
        while ((at = doc.Text.IndexOf(name, from, StringComparison.Ordinal)) >= 0)
        {
            from = at + name.Length;
            var span = doc.SpanFromChars(at, at + name.Length);
            if (span.StartChar != at || span.EndChar != at + name.Length) continue;
            for (int i = span.StartToken; i < span.EndToken; i++)
            {
                doc.EntityIob[i] = i == span.StartToken ? (byte)1 : (byte)2;
                doc.EntityType[i] = type;
            }
        }
        return doc;
    }

    public static Entity EntityWith(this Doc doc, string mentionText) =>
        doc.Entities.Single(e => e.Mentions.Any(m => m.Text == mentionText));
}
