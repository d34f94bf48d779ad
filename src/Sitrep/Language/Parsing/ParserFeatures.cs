using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Language.Parsing;

/// <summary>
/// Zhang and Nivre (2011) style templates over stack, buffer, heads and outermost children:
/// words (w), tags (p), arc labels (l), distance (d), valency (vl, vr) and label sets (sl, sr).
/// <see cref="Templates"/> is saved in the model; the extraction order below follows it.
/// </summary>
internal static class ParserFeatures
{
    public static readonly string[] Templates =
    [
        "s0wp", "s0w", "s0p", "n0wp", "n0w", "n0p", "n1wp", "n1w", "n1p", "n2wp", "n2w", "n2p",
        "s0wp.n0wp", "s0wp.n0w", "s0w.n0wp", "s0wp.n0p", "s0p.n0wp", "s0w.n0w", "s0p.n0p", "n0p.n1p",
        "n0p.n1p.n2p", "s0p.n0p.n1p", "s0hp.s0p.n0p", "s0p.s0lp.n0p", "s0p.s0rp.n0p", "s0p.n0p.n0lp",
        "s0w.d", "s0p.d", "n0w.d", "n0p.d", "s0w.n0w.d", "s0p.n0p.d",
        "s0w.vr", "s0p.vr", "s0w.vl", "s0p.vl", "n0w.vl", "n0p.vl",
        "s0hw", "s0hp", "s0l", "s0lw", "s0lp", "s0ll", "s0rw", "s0rp", "s0rl", "n0lw", "n0lp", "n0ll",
        "s0h2w", "s0h2p", "s0hl", "s0l2w", "s0l2p", "s0l2l", "s0r2w", "s0r2p", "s0r2l", "n0l2w", "n0l2p", "n0l2l",
        "s0p.s0lp.s0l2p", "s0p.s0rp.s0r2p", "s0p.s0hp.s0h2p", "n0p.n0lp.n0l2p",
        "s0w.sr", "s0p.sr", "s0w.sl", "s0p.sl", "n0w.sl", "n0p.sl",
        "s1w", "s1p", "s1p.s0p", "s1p.s0p.n0p", "s1w.n0w", "s0p.s0hasHead", "n0p.s0hasHead.s0p", "s2p.s1p.s0p",
        // Buffer word pairs, stack word pairs, and suffixes for words too rare to have a weight of their own.
        "n0w.n1w", "n0w.n1p", "n0p.n1w", "s1w.s0w", "s1w.s0p", "s1p.s0w", "s1l", "s0suf3", "n0suf3", "n1suf3",
        "s0w.n0p.n1p", "s0p.n0w.n1p",
        // Brown cluster paths (EmbeddedClusters): prefixes of 4 and 6 bits (c4, c6) and the whole path (cA).
        "s0c6", "s0cA", "n0c6", "n0cA", "n1c6", "s0c4.n0c4", "s0c6.n0p", "s0p.n0c6", "n0c4.n1c4", "s1c4.s0c4", "s0hc4.s0c4", "s0c4.n0c4.d",
    ];

    public static int Count => Templates.Length;

    /// <summary>Cluster path prefixes the templates read: 4 and 6 bits, and the whole path.</summary>
    public static readonly int[] ClusterPrefixes = [4, 6, int.MaxValue];

    static readonly ulong[] Ids = [.. Templates.Select(t => FeatureHash.Of(t))];
    static readonly ulong NoLabel = FeatureHash.Of("<no-label>");

    /// <summary>Per-sentence inputs of the extractor: hashed words and tags (padded as <see cref="WordValues"/>), label hashes.</summary>
    public sealed class Context
    {
        public readonly WordValues Words = new();
        public ulong[] Tags = new ulong[64];
        public ulong[] LabelHashes = [];
        public Clusters.WordClusters? Clusters;
        public readonly ulong[][] ClusterValues = [.. ParserFeatures.ClusterPrefixes.Select(_ => new ulong[64])];
        WordMemo? _memo;

        public void Fill(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<ulong> tags)
        {
            Words.Fill(text, starts, ends);
            int size = starts.Length + 2 * WordValues.Padding;
            if (Tags.Length < size) Tags = new ulong[size * 2];
            Array.Copy(Words.Form, Tags, size);   // sentinels at the pads, as for words
            tags.CopyTo(Tags.AsSpan(WordValues.Padding));
            if (ClusterValues[0].Length < size)
                for (int k = 0; k < ClusterValues.Length; k++) ClusterValues[k] = new ulong[size * 2];
            if (Clusters is not null && _memo?.Owner != Clusters) _memo = EmbeddedClusters.Memo(Clusters, ClusterPrefixes);
            EmbeddedClusters.Fill(Clusters, ClusterPrefixes, text, starts, ends, Words.Form, ClusterValues, _memo);
        }
    }

    public static void Extract(ParserState s, Context c, Span<ulong> f)
    {
        var lw = c.Words.Lower;
        var tags = c.Tags;
        int s0 = s.Stack(0), s1 = s.Stack(1), s2 = s.Stack(2);
        int n0 = s.BufferAt(0), n1 = s.BufferAt(1), n2 = s.BufferAt(2);
        int s0h = s0 >= 0 ? s.Heads[s0] : -1, s0h2 = s0h >= 0 ? s.Heads[s0h] : -1;
        int s0l = s0 >= 0 ? s.Leftmost[s0] : -1, s0r = s0 >= 0 ? s.Rightmost[s0] : -1;
        int s0l2 = s0 >= 0 ? s.Leftmost2[s0] : -1, s0r2 = s0 >= 0 ? s.Rightmost2[s0] : -1;
        int n0l = n0 >= 0 ? s.Leftmost[n0] : -1, n0l2 = n0 >= 0 ? s.Leftmost2[n0] : -1;

        ulong W(int i) => lw[WordValues.At(i)];
        ulong P(int i) => tags[WordValues.At(i)];
        ulong L(int i) => i >= 0 && s.Labels[i] >= 0 ? c.LabelHashes[s.Labels[i]] : NoLabel;

        ulong s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
        ulong s0hp = P(s0h), s0lp = P(s0l), s0rp = P(s0r), n0lp = P(n0l);
        ulong d = s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 6) : 0;
        ulong s0vl = s0 >= 0 ? (ulong)s.LeftCount[s0] : 99, s0vr = s0 >= 0 ? (ulong)s.RightCount[s0] : 99;
        ulong n0vl = n0 >= 0 ? (ulong)s.LeftCount[n0] : 99;
        ulong s0sl = s0 >= 0 ? s.LeftLabels[s0] : 1UL << 63, s0sr = s0 >= 0 ? s.RightLabels[s0] : 1UL << 63;
        ulong n0sl = n0 >= 0 ? s.LeftLabels[n0] : 1UL << 63;
        ulong s0has = s0 >= 0 && s.HasHead(s0) ? 1UL : 0;

        var o = new Writer(f);

        o.Add2(s0w, s0p); o.Add(s0w); o.Add(s0p); o.Add2(n0w, n0p); o.Add(n0w); o.Add(n0p);
        o.Add2(n1w, n1p); o.Add(n1w); o.Add(n1p); o.Add2(n2w, n2p); o.Add(n2w); o.Add(n2p);
        o.Add4(s0w, s0p, n0w, n0p);
        o.Add3(s0w, s0p, n0w); o.Add3(s0w, n0w, n0p); o.Add3(s0w, s0p, n0p); o.Add3(s0p, n0w, n0p);
        o.Add2(s0w, n0w); o.Add2(s0p, n0p); o.Add2(n0p, n1p);
        o.Add3(n0p, n1p, n2p); o.Add3(s0p, n0p, n1p); o.Add3(s0hp, s0p, n0p); o.Add3(s0p, s0lp, n0p); o.Add3(s0p, s0rp, n0p); o.Add3(s0p, n0p, n0lp);
        o.Add2(s0w, d); o.Add2(s0p, d); o.Add2(n0w, d); o.Add2(n0p, d); o.Add3(s0w, n0w, d); o.Add3(s0p, n0p, d);
        o.Add2(s0w, s0vr); o.Add2(s0p, s0vr); o.Add2(s0w, s0vl); o.Add2(s0p, s0vl); o.Add2(n0w, n0vl); o.Add2(n0p, n0vl);
        o.Add(W(s0h)); o.Add(s0hp); o.Add(L(s0)); o.Add(W(s0l)); o.Add(s0lp); o.Add(L(s0l)); o.Add(W(s0r)); o.Add(s0rp); o.Add(L(s0r));
        o.Add(W(n0l)); o.Add(n0lp); o.Add(L(n0l));
        o.Add(W(s0h2)); o.Add(P(s0h2)); o.Add(L(s0h)); o.Add(W(s0l2)); o.Add(P(s0l2)); o.Add(L(s0l2)); o.Add(W(s0r2)); o.Add(P(s0r2)); o.Add(L(s0r2));
        o.Add(W(n0l2)); o.Add(P(n0l2)); o.Add(L(n0l2));
        o.Add3(s0p, s0lp, P(s0l2)); o.Add3(s0p, s0rp, P(s0r2)); o.Add3(s0p, s0hp, P(s0h2)); o.Add3(n0p, n0lp, P(n0l2));
        o.Add2(s0w, s0sr); o.Add2(s0p, s0sr); o.Add2(s0w, s0sl); o.Add2(s0p, s0sl); o.Add2(n0w, n0sl); o.Add2(n0p, n0sl);
        o.Add(W(s1)); o.Add(P(s1)); o.Add2(P(s1), s0p); o.Add3(P(s1), s0p, n0p); o.Add2(W(s1), n0w); o.Add2(s0p, s0has); o.Add3(n0p, s0has, s0p);
        o.Add3(P(s2), P(s1), s0p);
        ulong s1w = W(s1), s1p = P(s1);
        var suf3 = c.Words.Suffix[2];
        o.Add2(n0w, n1w); o.Add2(n0w, n1p); o.Add2(n0p, n1w); o.Add2(s1w, s0w); o.Add2(s1w, s0p); o.Add2(s1p, s0w); o.Add(L(s1));
        o.Add(suf3[WordValues.At(s0)]); o.Add(suf3[WordValues.At(n0)]); o.Add(suf3[WordValues.At(n1)]);
        o.Add3(s0w, n0p, n1p); o.Add3(s0p, n0w, n1p);
        ulong[] c4 = c.ClusterValues[0], c6 = c.ClusterValues[1], cA = c.ClusterValues[2];
        int as0 = WordValues.At(s0), an0 = WordValues.At(n0), an1 = WordValues.At(n1);
        o.Add(c6[as0]); o.Add(cA[as0]); o.Add(c6[an0]); o.Add(cA[an0]); o.Add(c6[an1]);
        o.Add2(c4[as0], c4[an0]); o.Add2(c6[as0], n0p); o.Add2(s0p, c6[an0]); o.Add2(c4[an0], c4[an1]);
        o.Add2(c4[WordValues.At(s1)], c4[as0]); o.Add2(c4[WordValues.At(s0h)], c4[as0]); o.Add3(c4[as0], c4[an0], d);
        System.Diagnostics.Debug.Assert(o.Written == Templates.Length);
    }

    ref struct Writer(Span<ulong> f)
    {
        readonly Span<ulong> _f = f;
        int _k;
        public readonly int Written => _k;
        public void Add(ulong a) { _f[_k] = FeatureHash.Mix(Ids[_k], a); _k++; }
        public void Add2(ulong a, ulong b) { _f[_k] = FeatureHash.Mix(Ids[_k], a, b); _k++; }
        public void Add3(ulong a, ulong b, ulong c) { _f[_k] = FeatureHash.Mix(Ids[_k], a, b, c); _k++; }
        public void Add4(ulong a, ulong b, ulong c, ulong d) { _f[_k] = FeatureHash.Mix(FeatureHash.Mix(Ids[_k], a, b), c, d); _k++; }
    }
}
