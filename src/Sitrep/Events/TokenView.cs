using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Events.Triggers;

namespace Sitrep.Events;

/// <summary>
/// What the Events stage reads of a document, computed once: lowercase forms, lexicon keys, segments
/// (sentences further split at line breaks, so a headline never runs into its first paragraph) and,
/// when a parse exists, each token's children.
/// </summary>
internal sealed class TokenView
{
    public static readonly FrozenSet<string> NounMarkers = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "my", "your", "new", "ongoing", "further",
         "fresh", "planned", "latest", "first", "second", "another", "any", "no", "of", "'s", "’s"], StringComparer.Ordinal);

    static readonly FrozenSet<string> ClauseBreaks = FrozenSet.ToFrozenSet(
        [";", ":", "(", ")", "—", "–", "\"", "“", "”", "after", "before", "following", "because", "since", "while", "when",
         "although", "though", "despite", "which", "who", "whom", "whose", "where", "whereas", "but", "unless", "if"], StringComparer.Ordinal);

    public TokenView(Doc doc, TriggerLexicon lexicon)
    {
        Doc = doc;
        Lexicon = lexicon;
        int n = doc.Count;
        Lower = new string[n];
        Key = new string?[n];
        StartsTrigger = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var form = doc.Text.AsSpan(doc.TokenStarts[i], doc.TokenEnds[i] - doc.TokenStarts[i]);
            Lower[i] = ToLower(form);
            var lemma = doc.Lemma.Length > i ? doc.Lemma[i] : null;
            Key[i] = lexicon.LemmaOf(Lower[i], lemma?.ToLowerInvariant());
            StartsTrigger[i] = Key[i] is { } k && k != "be" && lexicon.TryGetEntries(k, out _);
        }
        HasPos = doc.Upos.Any(u => u != UPos.None);
        HasParse = doc.Deprel.Any(d => d != null);
        if (HasParse)
        {
            var children = new List<int>[n];
            for (int i = 0; i < n; i++) children[i] = [];
            for (int i = 0; i < n; i++)
                if (doc.Head[i] is var h && h >= 0 && h < n) children[h].Add(i);
            Children = children;
        }
        Segments = BuildSegments(doc);
    }

    public Doc Doc { get; }
    public TriggerLexicon Lexicon { get; }
    public string[] Lower { get; }
    /// <summary>The trigger lexicon's lemma for each token, null when no entry uses the word.</summary>
    public string?[] Key { get; }
    /// <summary>Whether a lexicon entry starts with this token's word (auxiliary "be" excluded).</summary>
    public bool[] StartsTrigger { get; }
    public bool HasPos { get; }
    public bool HasParse { get; }
    public List<int>[]? Children { get; }
    public IReadOnlyList<(int Start, int End)> Segments { get; }

    public static bool IsClauseBreak(string lower) => ClauseBreaks.Contains(lower);

    static readonly FrozenSet<string> Definites = FrozenSet.ToFrozenSet(
        ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "'s", "’s"], StringComparer.Ordinal);

    /// <summary>
    /// The definite determiner or possessive opening the noun phrase whose head is at <paramref name="noun"/> ("the
    /// advancing assault", "Saturday's blast"), or -1: such a phrase refers to a happening already known.
    /// </summary>
    public int DefiniteOpener(int noun, int floor)
    {
        for (int j = noun - 1; j >= floor && j >= noun - 4; j--)
        {
            if (Definites.Contains(Lower[j])) return j;
            bool participle = Lower[j].EndsWith("ing", StringComparison.Ordinal) || Lower[j].EndsWith("ed", StringComparison.Ordinal);
            if (IsClauseBreak(Lower[j]) || Lower[j] is "," or "." or "a" or "an" or "and" or "or" || (StartsTrigger[j] && !participle)) return -1;
            if (HasPos && (Doc.Upos[j] is UPos.ADP or UPos.AUX or UPos.PRON || (Doc.Upos[j] is UPos.VERB && !participle))) return -1;
        }
        return -1;
    }

    public bool IsCapitalized(int i) => char.IsUpper(Doc.Text[Doc.TokenStarts[i]]);

    public bool IsNumber(int i) => char.IsDigit(Lower[i][0]);

    public CharSpan Chars(int startToken, int endToken) => new(Doc.TokenStarts[startToken], Doc.TokenEnds[endToken - 1]);

    public string Text(int startToken, int endToken) => Chars(startToken, endToken).Slice(Doc.Text);

    public string? Deprel(int i) => HasParse ? Doc.Deprel[i] : null;

    /// <summary>The universal relation without its subtype ("nsubj:pass" → "nsubj").</summary>
    public ReadOnlySpan<char> BaseDeprel(int i) => Deprel(i) is { } d ? d.AsSpan(0, d.IndexOf(':') is var c && c > 0 ? c : d.Length) : [];

    /// <summary>Tokens [start, end) of the subtree under <paramref name="head"/> (requires a parse).</summary>
    public (int Start, int End) Subtree(int head)
    {
        int lo = head, hi = head;
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            int t = stack.Pop();
            lo = Math.Min(lo, t);
            hi = Math.Max(hi, t);
            foreach (var c in Children![t]) stack.Push(c);
        }
        return (lo, hi + 1);
    }

    /// <summary>The case marker (preposition) attached to <paramref name="token"/>, lowercase, or null.</summary>
    public string? CaseOf(int token)
    {
        if (Children is null) return null;
        foreach (var c in Children[token])
            if (Doc.Deprel[c] is "case") return Lower[c];
        return token > 0 && Doc.Deprel[token - 1] is "case" ? Lower[token - 1] : null;
    }

    static string ToLower(ReadOnlySpan<char> form)
    {
        bool upper = false;
        foreach (var c in form) upper |= char.IsUpper(c) || c == '’';
        if (!upper) return form.ToString();
        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(buffer);
        buffer.Replace('’', '\'');
        return buffer.ToString();
    }

    /// <summary>
    /// Sentences, split again at line breaks inside them so that a headline or caption never runs into the paragraph
    /// after it. In hard-wrapped text (wire copy wrapped at 65 characters) a line break inside a sentence is mostly a
    /// wrap ("died today in a / major battle"): there only a blank line splits.
    /// </summary>
    static List<(int, int)> BuildSegments(Doc doc)
    {
        bool wrapped = Language.Tokenization.HardWrap.IsHardWrapped(doc.Text);
        var segments = new List<(int, int)>();
        foreach (var s in doc.Sentences)
        {
            int start = s.StartToken;
            for (int i = s.StartToken + 1; i < s.EndToken; i++)
            {
                var gap = Gap(doc, i);
                if (gap.Contains('\n') && (!wrapped || gap.IndexOf('\n') != gap.LastIndexOf('\n')))
                {
                    segments.Add((start, i));
                    start = i;
                }
            }
            if (start < s.EndToken) segments.Add((start, s.EndToken));
        }
        return segments;
    }

    static ReadOnlySpan<char> Gap(Doc doc, int token) => doc.Text.AsSpan(doc.TokenEnds[token - 1], doc.TokenStarts[token] - doc.TokenEnds[token - 1]);
}
