using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Language.Clusters;
using Sitrep.Learning;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// Turns one sentence into hashed feature keys. Static features (word, shape, affixes, neighbours,
/// gazetteer, POS) are computed once per sentence; history features (previous tags) per decoding step.
/// Training and tagging both go through this class, so they cannot disagree.
/// </summary>
/// <param name="clusters">Brown clusters for path-prefix features; null leaves them out.</param>
/// <param name="extras">Optional templates, chosen at training time and stored in the model.</param>
internal sealed class NerFeatures(ActorLexicon lexicon, WordClusters? clusters = null, NerExtraFeatures extras = NerExtraFeatures.None)
{
    static readonly HashSet<ulong> OrgHeads = [.. NerCueWords.OrgHeads.Select(w => Hash(w, true))];
    static readonly HashSet<ulong> LocHeads = [.. NerCueWords.LocHeads.Select(w => Hash(w, true))];
    static readonly HashSet<ulong> LocTriggers = [.. NerCueWords.LocTriggers.Select(w => Hash(w, true))];
    static readonly HashSet<ulong> KnownOrgs = [.. NerCueWords.KnownOrgs.Select(w => Hash(w, true))];
    static readonly ulong OfHash = Hash("of", true);

    static readonly int[] ClusterPrefixes = [4, 6, 10, 20];

    /// <summary>Lower-case hashes of the lexicon's given names, matched per token.</summary>
    readonly HashSet<ulong> _firstNames = [.. lexicon.FirstNames.Select(n => Hash(n, true))];

    /// <summary>Bumped whenever a template changes, and stored in the model.</summary>
    public const int TemplateVersion = 2;
    public const int HistoryFeatureCount = 4;
    const int Pad = 2;

    enum T : ulong
    {
        Bias = 1, Word, Lower, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4,
        LowerM1, LowerM2, LowerP1, LowerP2, ShapeM1, ShapeP1, ShapeTri, BigramLeft, BigramRight,
        SentenceStartShape, Gazetteer, GazetteerM1, GazetteerP1, Pos, PosM1, PosP1, PosShape,
        PrevTag, PrevTags, PrevTagLower, PrevTagShape, AllCapsLength, PosTri, PosLower, FirstName, FirstNameM1, FirstNameShape, Cluster4, Cluster6, Cluster10, Cluster20, ClusterFull, ClusterM1, ClusterP1,
        CueSelf, CueRight, CueLeft, SentenceCase, KnownOrg, KnownOrgM1, KnownOrgP1,
        SynDep, SynDepShape, SynHead, SynChain, SynGovernor, SynCase, SynCaseGovernor, SynGovernorPos,
    }

    /// <summary>Relations that join the words of one name (UD: flat for names, compound for noun-noun names like "Exxon Mobil").</summary>
    static readonly HashSet<ulong> NameChainRelations = [.. new[] { "flat", "flat:name", "flat:foreign", "compound" }.Select(r => Hash(r, false))];
    static readonly ulong CaseRelation = Hash("case", false);
    const ulong RootValue = 1;

    /// <summary>Per-sentence scratch: hashes with two padding slots on each side.</summary>
    public sealed class Buffer
    {
        internal ulong[] Lower = [], Shape = [], Word = [], Pos = [], Cluster = [];
        // Syntax (unpadded, sentence-local): relation hash, head index (-1 root or outside), lemma hash, lemma hash of the first case child (0 none).
        internal ulong[] Dep = [], Lemma = [], CaseOf = [];
        internal int[] Head = [];
        internal string?[] Path = [];
        internal ushort[] Gaz = [];
        internal ulong[] Keys = [];
        internal int[] KeyStart = [];
        public int Count { get; internal set; }

        internal void Ensure(int n)
        {
            if (Lower.Length >= n + 2 * Pad) return;
            int size = Math.Max(64, (n + 2 * Pad) * 2);
            Lower = new ulong[size]; Shape = new ulong[size]; Word = new ulong[size]; Pos = new ulong[size];
            Cluster = new ulong[size]; Path = new string?[size];
            Dep = new ulong[size]; Lemma = new ulong[size]; CaseOf = new ulong[size]; Head = new int[size];
            Gaz = new ushort[size]; KeyStart = new int[size + 1]; Keys = new ulong[size * 100];
        }

        /// <summary>The static feature keys of token <paramref name="i"/> of the sentence.</summary>
        public ReadOnlySpan<ulong> StaticKeys(int i) => Keys.AsSpan(KeyStart[i], KeyStart[i + 1] - KeyStart[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Key(T template, ulong value)
    {
        ulong h = value ^ ((ulong)template * 0x9E3779B97F4A7C15UL);
        h ^= h >> 33; h *= 0xFF51AFD7ED558CCDUL; h ^= h >> 33; h *= 0xC4CEB9FE1A85EC53UL; h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Combine(ulong a, ulong b) => (a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * Fnv1a.Prime;

    static ulong Hash(ReadOnlySpan<char> s, bool lower) => lower ? Fnv1a.OfLower(s) : Fnv1a.Of(s);

    static ulong ShapeHash(ReadOnlySpan<char> s)
    {
        ulong h = Fnv1a.Offset;
        char last = '\0';
        int run = 0;
        foreach (char c in s)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 0;
            last = k;
            if (run < 2) h = Fnv1a.Step(h, k);
        }
        return h;
    }

    static readonly ulong PadHash = Hash("<pad>", false);

    /// <summary>
    /// Fills <paramref name="buffer"/> with the static features of tokens [from, to) of a text.
    /// <paramref name="upos"/> may be empty (no tagger): POS features are then left out; so are syntax
    /// features when <paramref name="syntax"/> has no parse (heads are token indices of the same text).
    /// </summary>
    public void Extract(Buffer buffer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        int from, int to, ReadOnlySpan<UPos> upos, NerSyntax syntax = default)
    {
        int n = to - from;
        buffer.Ensure(n);
        buffer.Count = n;
        bool hasPos = upos.Length >= to && upos[from..to].ContainsAnyExcept(default(UPos));
        for (int p = 0; p < Pad; p++)
        {
            buffer.Lower[p] = buffer.Shape[p] = buffer.Word[p] = buffer.Pos[p] = PadHash;
            buffer.Lower[n + Pad + p] = buffer.Shape[n + Pad + p] = buffer.Word[n + Pad + p] = buffer.Pos[n + Pad + p] = PadHash;
            buffer.Gaz[p] = buffer.Gaz[n + Pad + p] = 0;
            buffer.Cluster[p] = buffer.Cluster[n + Pad + p] = PadHash;
            buffer.Path[p] = buffer.Path[n + Pad + p] = null;
        }
        for (int i = 0; i < n; i++)
        {
            var w = text.AsSpan(starts[from + i], ends[from + i] - starts[from + i]);
            buffer.Word[i + Pad] = Hash(w, false);
            buffer.Lower[i + Pad] = Hash(w, true);
            buffer.Shape[i + Pad] = ShapeHash(w);
            buffer.Pos[i + Pad] = hasPos ? (ulong)upos[from + i] + 1 : 0;
            buffer.Gaz[i + Pad] = 0;
            if (clusters is not null)
            {
                var path = clusters.PathOf(w);
                buffer.Path[i + Pad] = path;
                buffer.Cluster[i + Pad] = path is null ? 0 : Hash(path, false);
            }
        }
        foreach (var (s, e, ids) in lexicon.Matcher.MatchAll(text, starts, ends, from, to))
        {
            ushort bits = 0;
            foreach (var id in ids) bits |= (ushort)(1 << (int)lexicon.Matcher.Entries[id].Category);
            for (int t = s; t < e; t++) buffer.Gaz[t - from + Pad] |= bits;
        }

        bool hasSyntax = (extras & NerExtraFeatures.Syntax) != 0 && FillSyntax(buffer, syntax, from, to);
        ulong sentenceCase = (extras & NerExtraFeatures.SentenceCase) != 0 ? CaseClass(text, starts, ends, from, to) : 0;
        int k = 0;
        var keys = buffer.Keys;
        for (int i = 0; i < n; i++)
        {
            buffer.KeyStart[i] = k;
            int c = i + Pad;
            var w = text.AsSpan(starts[from + i], ends[from + i] - starts[from + i]);
            ulong lower = buffer.Lower[c], shape = buffer.Shape[c];
            keys[k++] = Key(T.Bias, 0);
            keys[k++] = Key(T.Word, buffer.Word[c]);
            keys[k++] = Key(T.Lower, lower);
            keys[k++] = Key(T.Shape, shape);
            keys[k++] = Key(T.Prefix2, Hash(w[..Math.Min(2, w.Length)], true));
            keys[k++] = Key(T.Prefix3, Hash(w[..Math.Min(3, w.Length)], true));
            keys[k++] = Key(T.Suffix2, Hash(w[Math.Max(0, w.Length - 2)..], true));
            keys[k++] = Key(T.Suffix3, Hash(w[Math.Max(0, w.Length - 3)..], true));
            keys[k++] = Key(T.Suffix4, Hash(w[Math.Max(0, w.Length - 4)..], true));
            keys[k++] = Key(T.LowerM1, buffer.Lower[c - 1]);
            keys[k++] = Key(T.LowerM2, buffer.Lower[c - 2]);
            keys[k++] = Key(T.LowerP1, buffer.Lower[c + 1]);
            keys[k++] = Key(T.LowerP2, buffer.Lower[c + 2]);
            keys[k++] = Key(T.ShapeM1, buffer.Shape[c - 1]);
            keys[k++] = Key(T.ShapeP1, buffer.Shape[c + 1]);
            keys[k++] = Key(T.ShapeTri, Combine(Combine(buffer.Shape[c - 1], shape), buffer.Shape[c + 1]));
            keys[k++] = Key(T.BigramLeft, Combine(buffer.Lower[c - 1], lower));
            keys[k++] = Key(T.BigramRight, Combine(lower, buffer.Lower[c + 1]));
            keys[k++] = Key(T.SentenceStartShape, Combine(i == 0 ? 1UL : 2UL, shape));
            if (IsAllCaps(w)) keys[k++] = Key(T.AllCapsLength, (ulong)Math.Min(w.Length, 6));
            if (_firstNames.Contains(lower))
            {
                keys[k++] = Key(T.FirstName, 1);
                keys[k++] = Key(T.FirstNameShape, shape);
            }
            if (_firstNames.Contains(buffer.Lower[c - 1])) keys[k++] = Key(T.FirstNameM1, buffer.Shape[c - 1]);
            if (clusters is not null)
            {
                if (buffer.Path[c] is { } path)
                {
                    keys[k++] = Key(T.ClusterFull, buffer.Cluster[c]);
                    for (int p = 0; p < ClusterPrefixes.Length && ClusterPrefixes[p] < path.Length; p++)
                        keys[k++] = Key(T.Cluster4 + (ulong)p, Hash(path.AsSpan(0, ClusterPrefixes[p]), false));
                }
                keys[k++] = Key(T.ClusterM1, buffer.Cluster[c - 1]);
                keys[k++] = Key(T.ClusterP1, buffer.Cluster[c + 1]);
            }
            if ((extras & NerExtraFeatures.CueWords) != 0) k = AddCues(buffer, c, n, keys, k);
            if ((extras & NerExtraFeatures.KnownOrgs) != 0)
            {
                if (KnownOrgs.Contains(lower)) keys[k++] = Key(T.KnownOrg, shape);
                if (KnownOrgs.Contains(buffer.Lower[c - 1])) keys[k++] = Key(T.KnownOrgM1, buffer.Shape[c - 1]);
                if (KnownOrgs.Contains(buffer.Lower[c + 1])) keys[k++] = Key(T.KnownOrgP1, buffer.Shape[c + 1]);
            }
            if ((extras & NerExtraFeatures.SentenceCase) != 0) keys[k++] = Key(T.SentenceCase, Combine(sentenceCase, shape));
            if (hasSyntax) k = AddSyntax(buffer, i, shape, hasPos, keys, k);
            k = AddGazetteer(keys, k, T.Gazetteer, buffer.Gaz[c]);
            k = AddGazetteer(keys, k, T.GazetteerM1, buffer.Gaz[c - 1]);
            k = AddGazetteer(keys, k, T.GazetteerP1, buffer.Gaz[c + 1]);
            if (hasPos)
            {
                keys[k++] = Key(T.Pos, buffer.Pos[c]);
                keys[k++] = Key(T.PosM1, buffer.Pos[c - 1]);
                keys[k++] = Key(T.PosP1, buffer.Pos[c + 1]);
                keys[k++] = Key(T.PosShape, Combine(buffer.Pos[c], shape));
                keys[k++] = Key(T.PosTri, Combine(Combine(buffer.Pos[c - 1], buffer.Pos[c]), buffer.Pos[c + 1]));
                keys[k++] = Key(T.PosLower, Combine(buffer.Pos[c], lower));
            }
        }
        buffer.KeyStart[n] = k;
    }

    /// <summary>Copies the parse of tokens [from, to) into the buffer; false when there is none.</summary>
    static bool FillSyntax(Buffer buffer, NerSyntax syntax, int from, int to)
    {
        if (syntax.Deprel.Length < to || syntax.Head.Length < to || !syntax.Deprel[from..to].ContainsAnyExcept((string?)null)) return false;
        int n = to - from;
        for (int i = 0; i < n; i++)
        {
            var dep = syntax.Deprel[from + i];
            buffer.Dep[i] = dep is null ? 0 : Hash(dep, false);
            int h = syntax.Head[from + i];
            buffer.Head[i] = h >= from && h < to ? h - from : -1;
            buffer.Lemma[i] = syntax.Lemma.Length >= to && syntax.Lemma[from + i] is { } lemma ? Hash(lemma, true) : buffer.Lower[i + Pad];
            buffer.CaseOf[i] = 0;
        }
        for (int i = 0; i < n; i++)
            if (buffer.Dep[i] == CaseRelation && buffer.Head[i] is var h and >= 0 && buffer.CaseOf[h] == 0)
                buffer.CaseOf[h] = buffer.Lemma[i];
        return true;
    }

    /// <summary>
    /// The token's relation and head; then, climbing its name chain (flat/compound) to the chain head, what
    /// governs the whole name: "X said" (nsubj of say), "work for X" (obl of work, case for), "at X".
    /// </summary>
    static int AddSyntax(Buffer buffer, int i, ulong shape, bool hasPos, ulong[] keys, int k)
    {
        ulong dep = buffer.Dep[i];
        int head = buffer.Head[i];
        keys[k++] = Key(T.SynDep, dep);
        keys[k++] = Key(T.SynDepShape, Combine(dep, shape));
        keys[k++] = Key(T.SynHead, Combine(dep, head < 0 ? RootValue : buffer.Lemma[head]));
        int top = i;
        for (int step = 0; step < 8 && NameChainRelations.Contains(buffer.Dep[top]) && buffer.Head[top] >= 0; step++) top = buffer.Head[top];
        keys[k++] = Key(T.SynChain, Combine(top == i ? 1UL : top < i ? 2UL : 3UL, shape));
        ulong topDep = buffer.Dep[top];
        int governor = buffer.Head[top];
        ulong governorLemma = governor < 0 ? RootValue : buffer.Lemma[governor];
        keys[k++] = Key(T.SynGovernor, Combine(topDep, governorLemma));
        if (buffer.CaseOf[top] is var marker and not 0)
        {
            keys[k++] = Key(T.SynCase, Combine(topDep, marker));
            keys[k++] = Key(T.SynCaseGovernor, Combine(marker, governorLemma));
        }
        if (hasPos) keys[k++] = Key(T.SynGovernorPos, Combine(topDep, governor < 0 ? RootValue : buffer.Pos[governor + Pad]));
        return k;
    }

    /// <summary>Cue-word class of a lower-case hash: 1 organisation head, 2 place head, 4 place trigger.</summary>
    static ulong CueClass(ulong lower) =>
        (OrgHeads.Contains(lower) ? 1UL : 0) | (LocHeads.Contains(lower) ? 2UL : 0) | (LocTriggers.Contains(lower) ? 4UL : 0);

    /// <summary>Cue words on this token and up to three tokens right ("Acme Widget Corp") or two left ("Bank of …", "Lake …").</summary>
    static int AddCues(Buffer buffer, int c, int n, ulong[] keys, int k)
    {
        ulong shape = buffer.Shape[c];
        if (CueClass(buffer.Lower[c]) is var self and not 0) keys[k++] = Key(T.CueSelf, Combine(self, shape));
        for (int d = 1; d <= 3 && c + d < n + Pad; d++)
            if (CueClass(buffer.Lower[c + d]) is var right and not 0) { keys[k++] = Key(T.CueRight, Combine(Combine(right, (ulong)d), shape)); break; }
        if (CueClass(buffer.Lower[c - 1]) is var left and not 0) keys[k++] = Key(T.CueLeft, Combine(Combine(left, 1), shape));
        else if (buffer.Lower[c - 1] == OfHash && CueClass(buffer.Lower[c - 2]) is var left2 and not 0)
            keys[k++] = Key(T.CueLeft, Combine(Combine(left2, 2), shape));
        return k;
    }

    /// <summary>How the sentence is cased: 1 all lower-case, 2 all capitals, 3 every word capitalised, 4 ordinary.</summary>
    static ulong CaseClass(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        int words = 0, lower = 0, caps = 0, title = 0;
        for (int i = from; i < to; i++)
        {
            var w = text.AsSpan(starts[i], ends[i] - starts[i]);
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            words++;
            if (char.IsLower(w[0])) lower++;
            else if (IsAllCaps(w) && w.Length > 1) caps++;
            else title++;
        }
        if (words < 3) return 5;
        if (lower == words) return 1;
        if (caps * 10 >= words * 8) return 2;
        if ((title + caps) * 10 >= words * 8) return 3;
        return 4;
    }

    static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        bool letter = false;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsUpper(c);
        }
        return letter;
    }

    static int AddGazetteer(ulong[] keys, int k, T template, ushort bits)
    {
        while (bits != 0)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            keys[k++] = Key(template, (ulong)b + 1);
            bits &= (ushort)(bits - 1);
        }
        return k;
    }

    /// <summary>Keys of the history features of token <paramref name="i"/> given the two previous tags (-1 = none).</summary>
    public static void History(Buffer buffer, int i, int prev, int prev2, Span<ulong> keys)
    {
        int c = i + Pad;
        ulong p1 = (ulong)(prev + 2), p2 = (ulong)(prev2 + 2);
        keys[0] = Key(T.PrevTag, p1);
        keys[1] = Key(T.PrevTags, p1 * 64 + p2);
        keys[2] = Key(T.PrevTagLower, Combine(p1, buffer.Lower[c]));
        keys[3] = Key(T.PrevTagShape, Combine(p1, buffer.Shape[c]));
    }
}

/// <summary>Optional feature templates; a model records which it was trained with.</summary>
[Flags]
internal enum NerExtraFeatures
{
    None = 0,
    /// <summary>Organisation/place head and trigger words nearby (<see cref="NerCueWords"/>).</summary>
    CueWords = 1,
    /// <summary>The sentence's casing (all lower, all caps, title case, ordinary) crossed with the token's shape.</summary>
    SentenceCase = 2,
    /// <summary>One-word company, brand and institution names (<see cref="NerCueWords.KnownOrgs"/>).</summary>
    KnownOrgs = 4,
    /// <summary>After tagging, every mention of a name in a document gets the type most of its mentions got (tagging only).</summary>
    DocumentTypes = 8,
    /// <summary>After tagging, untagged capitalised repeats of a name tagged elsewhere in the document are tagged too (tagging only).</summary>
    DocumentPropagate = 16,
    /// <summary>Dependency features from the Language parser: the token's relation, its head's lemma, and for a name chain (flat/compound) the chain head's relation, governor and case marker.</summary>
    Syntax = 32,
    All = CueWords | SentenceCase | KnownOrgs | DocumentTypes | DocumentPropagate | Syntax,
}
