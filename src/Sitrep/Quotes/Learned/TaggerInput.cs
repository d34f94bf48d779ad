using Sitrep.Documents;
using Sitrep.Quotes.Direct;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Reported;

namespace Sitrep.Quotes.Learned;

/// <summary>
/// What the tagger sees of one document: its paragraphs (the sequences it labels) and, per token, the
/// hashed static features, computed once. The rules' own labels are features too (stacking), so the
/// model learns when to trust them.
/// </summary>
internal sealed class TaggerInput
{
    public required IReadOnlyList<(int Start, int End)> Paragraphs { get; init; }
    public required ulong[][] Features { get; init; }
    public required byte[] RuleLabels { get; init; }
    public required int[] WordHash { get; init; }
    public required bool[] SentenceStart { get; init; }
    /// <summary>Per token: 0 outside quote marks, 1 inside an outer quote, 2 its opening mark, 3 its closing mark, 4 inside a nested quote.</summary>
    public required byte[] InQuote { get; init; }

    /// <summary>
    /// The same document read right to left within each paragraph (for the backward tagger): token i
    /// of a paragraph [s, e) swaps with s + e - 1 - i, and a sentence "starts" where it used to end.
    /// </summary>
    public TaggerInput Reversed()
    {
        int n = Features.Length;
        var features = new ulong[n][];
        var rules = new byte[n];
        var words = new int[n];
        var starts = new bool[n];
        var quote = new byte[n];
        foreach (var (ps, pe) in Paragraphs)
            for (int i = ps; i < pe; i++)
            {
                int j = ps + pe - 1 - i;
                features[j] = Features[i];
                rules[j] = RuleLabels[i];
                words[j] = WordHash[i];
                starts[j] = i == pe - 1 || SentenceStart[i + 1];
                quote[j] = InQuote[i] switch { 2 => 3, 3 => 2, var q => q };
            }
        return new TaggerInput { Paragraphs = Paragraphs, Features = features, RuleLabels = rules, WordHash = words, SentenceStart = starts, InQuote = quote };
    }

    /// <summary>BIO labels of the reversed reading (B on the span's other end); applying it twice gives the original.</summary>
    public byte[] ReverseLabels(byte[] labels)
    {
        var reversed = new byte[labels.Length];
        foreach (var (ps, pe) in Paragraphs)
            foreach (var (s, e, role) in RoleLabels.Spans(labels.AsSpan(ps, pe - ps), ps))
            {
                int first = ps + pe - e, last = ps + pe - 1 - s;
                reversed[first] = (byte)(2 * role - 1);
                for (int k = first + 1; k <= last; k++) reversed[k] = (byte)(2 * role);
            }
        return reversed;
    }

    enum T { Bias = 1, W0, Wm1, Wp1, Wm2, Wp2, Wm1W0, W0Wp1, Shape, Shapes3, Suffix, CueMask, CueRight, CueLeft, Quote, Rule, RuleW0, Rule3, SentStart, WordClass, Upos, Position, CueRightW0, SentEndDist, Wm1Wp1, Deprel, HeadSide, CueDependent, CueDependentW0 }

    public static TaggerInput Build(Doc doc, QuoteLexicon lex, IReadOnlyList<QuotedSpan> quoted, IReadOnlyList<Reported.Attribution> rules)
    {
        var t = new TokenText(doc);
        int n = doc.Count;
        var ruleLabels = new byte[n];
        foreach (var a in rules)
        {
            if (a.Cue is { } c) RoleLabels.Mark(ruleLabels, doc, c, RoleLabels.BCue, overwrite: true);
            if (a.Source is { } s) RoleLabels.Mark(ruleLabels, doc, s, RoleLabels.BSource, overwrite: true);
        }
        foreach (var a in rules) RoleLabels.Mark(ruleLabels, doc, a.Content, RoleLabels.BContent, overwrite: false);

        var inQuote = new byte[n];
        foreach (var q in quoted)
            for (int i = doc.TokenAtOrAfter(q.Span.Start); i < n && doc.TokenStarts[i] < q.Span.End; i++)
                inQuote[i] = (byte)(doc.TokenStarts[i] == q.Span.Start ? 2 : doc.TokenEnds[i] == q.Span.End ? 3 : q.Depth == 0 ? 1 : 4);

        var sentences = ClauseSplitter.Sentences(t, lex);
        var sentenceStart = new bool[n];
        var sentenceEnd = new int[n];
        foreach (var (s, e) in sentences)
        {
            if (s < n) sentenceStart[s] = true;
            for (int i = s; i < e; i++) sentenceEnd[i] = e;
        }
        var paragraphs = new List<(int, int)>();
        for (int i = 0, ps = 0; i <= n; i++)
            if (i == n || i > ps && t.StartsParagraph(i)) { if (i > ps) paragraphs.Add((ps, i)); ps = i; }

        var isCue = new bool[n];
        var wordHash = new int[n];
        for (int i = 0; i < n; i++)
        {
            isCue[i] = lex.CueVerbs.Contains(t[i]) || t.Is(i, "according");
            wordHash[i] = (int)QuoteFeatureKeys.Of(0, t[i]);
        }

        var edges = SyntacticEdges.Of(doc);
        var features = new ulong[n][];
        var list = new List<ulong>(36);
        foreach (var (ps, pe) in paragraphs)
        {
            int nextCue = pe;
            var cueRight = new int[pe - ps];
            for (int i = pe - 1; i >= ps; i--) { cueRight[i - ps] = nextCue - i; if (isCue[i]) nextCue = i; }
            int lastCue = -1000;
            for (int i = ps; i < pe; i++)
            {
                list.Clear();
                ReadOnlySpan<char> Word(int k) => k < ps ? "<s>" : k >= pe ? "</s>" : t[k];
                var w0 = t[i];
                ulong shape = Shape(w0);
                list.Add(QuoteFeatureKeys.Of((int)T.Bias, 0));
                list.Add(QuoteFeatureKeys.Of((int)T.W0, w0));
                list.Add(QuoteFeatureKeys.Of((int)T.Wm1, Word(i - 1)));
                list.Add(QuoteFeatureKeys.Of((int)T.Wp1, Word(i + 1)));
                list.Add(QuoteFeatureKeys.Of((int)T.Wm2, Word(i - 2)));
                list.Add(QuoteFeatureKeys.Of((int)T.Wp2, Word(i + 2)));
                list.Add(QuoteFeatureKeys.Of((int)T.Wm1W0, Word(i - 1), w0));
                list.Add(QuoteFeatureKeys.Of((int)T.W0Wp1, w0, Word(i + 1)));
                list.Add(QuoteFeatureKeys.Of((int)T.Shape, shape, 0, 0));
                list.Add(QuoteFeatureKeys.Of((int)T.Shapes3, i > ps ? Shape(t[i - 1]) : 1, shape, i + 1 < pe ? Shape(t[i + 1]) : 2));
                list.Add(QuoteFeatureKeys.Of((int)T.Wm1Wp1, Word(i - 1), Word(i + 1)));
                list.Add(QuoteFeatureKeys.Of((int)T.Suffix, w0.Length > 3 ? w0[^3..] : w0));
                int mask = 0;
                for (int d = -3; d <= 3; d++) if (i + d >= ps && i + d < pe && isCue[i + d]) mask |= 1 << (d + 3);
                list.Add(QuoteFeatureKeys.Of((int)T.CueMask, mask));
                int right = Bucket(cueRight[i - ps]), left = Bucket(i - lastCue);
                list.Add(QuoteFeatureKeys.Of((int)T.CueRight, (ulong)right, shape, 0));
                list.Add(QuoteFeatureKeys.Of((int)T.CueLeft, (ulong)left, shape, 0));
                list.Add(QuoteFeatureKeys.Of((int)T.CueRightW0, right, w0));
                list.Add(QuoteFeatureKeys.Of((int)T.Quote, inQuote[i], shape, 0));
                list.Add(QuoteFeatureKeys.Of((int)T.Rule, ruleLabels[i]));
                list.Add(QuoteFeatureKeys.Of((int)T.RuleW0, ruleLabels[i], w0));
                list.Add(QuoteFeatureKeys.Of((int)T.Rule3, ruleLabels[i], (i > ps ? ruleLabels[i - 1] : 9) * 16 + (i + 1 < pe ? ruleLabels[i + 1] : 9)));
                list.Add(QuoteFeatureKeys.Of((int)T.SentStart, sentenceStart[i] ? 1UL : 0, shape, 0));
                list.Add(QuoteFeatureKeys.Of((int)T.WordClass, WordClass(lex, w0)));
                list.Add(QuoteFeatureKeys.Of((int)T.Position, Bucket(i - ps)));
                list.Add(QuoteFeatureKeys.Of((int)T.SentEndDist, (ulong)Bucket(sentenceEnd[i] - i), shape, 0));
                if (t.Tagged(i)) list.Add(QuoteFeatureKeys.Of((int)T.Upos, (int)doc.Upos[i]));
                if (edges is not null) AddSyntax(list, doc, edges, isCue, i, w0);
                features[i] = [.. list];
                if (isCue[i]) lastCue = i;
            }
        }
        return new TaggerInput { Paragraphs = paragraphs, Features = features, RuleLabels = ruleLabels, WordHash = wordHash, SentenceStart = sentenceStart, InQuote = inQuote };
    }

    /// <summary>
    /// The token's relation and where its head lies; and, when it sits in the phrase of a dependent of a cue
    /// word ("said [that he would win]"), that dependent's relation and whether the token opens or closes its
    /// phrase: the parse's guess at the content's edges.
    /// </summary>
    static void AddSyntax(List<ulong> list, Doc doc, SyntacticEdges edges, bool[] isCue, int i, ReadOnlySpan<char> w0)
    {
        list.Add(QuoteFeatureKeys.Of((int)T.Deprel, 0, doc.Deprel[i] ?? ""));
        int head = doc.Head[i];
        list.Add(QuoteFeatureKeys.Of((int)T.HeadSide, head < 0 ? 0 : head < i ? 1 : 2, doc.Deprel[i] ?? ""));
        int a = i;
        for (int steps = 0; steps < 12 && doc.Head[a] >= 0 && !isCue[doc.Head[a]]; steps++) a = doc.Head[a];
        if (doc.Head[a] < 0 || !isCue[doc.Head[a]]) return;
        int edge = (edges.First(a) == i ? 1 : 0) | (edges.Last(a) == i ? 2 : 0);
        int side = a < doc.Head[a] ? 0 : 4;
        list.Add(QuoteFeatureKeys.Of((int)T.CueDependent, edge | side, doc.Deprel[a] ?? ""));
        list.Add(QuoteFeatureKeys.Of((int)T.CueDependentW0, edge | side, w0));
    }

    static int Bucket(int d) => d switch { <= 0 => 0, 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 15 => 6, <= 30 => 7, _ => 8 };

    static int WordClass(QuoteLexicon lex, ReadOnlySpan<char> w) =>
        lex.IsSourcePronoun(w) ? 1 : lex.SourceNouns.Contains(w) ? 2 : lex.Determiners.Contains(w) ? 3 : lex.Titles.Contains(w) ? 4 : lex.CueModifiers.Contains(w) ? 5 : 0;

    /// <summary>Word shape packed in 64 bits: X upper, x lower, d digit, other characters kept; runs collapsed, at most 4.</summary>
    static ulong Shape(ReadOnlySpan<char> w)
    {
        ulong key = 0;
        char last = '\0';
        int len = 0;
        foreach (char c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last) continue;
            if (len++ == 4) break;
            key = key << 16 | s;
            last = s;
        }
        return key + 3;
    }
}
