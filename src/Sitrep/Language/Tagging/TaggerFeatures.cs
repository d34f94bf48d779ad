using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Language.Tagging;

/// <summary>
/// The tagger's feature templates. <see cref="Templates"/> names them in extraction order; the list
/// is saved in the model so a model is refused by a build that would compute different features.
/// </summary>
internal static class TaggerFeatures
{
    public static readonly string[] Templates =
    [
        "bias", "w0", "lw0", "suf1", "suf2", "suf3", "suf4", "pre1", "pre2", "pre3", "pre4", "shape0", "flags0",
        "lw-1", "lw-2", "lw+1", "lw+2", "suf3-1", "suf3+1", "suf2+1", "shape-1", "shape+1",
        "t-1", "t-2", "t-1t-2", "t-1lw0", "lw-1lw0", "lw0lw+1", "t-1suf3", "amb0", "amb-1", "amb+1", "amb0amb+1",
        "t-1amb0", "flags0t-1", "lw+1lw+2", "lw-2lw-1",
        "amb+2", "amb-1amb0", "t-1amb+1", "lw0suf3+1", "t-1lw-1", "suf4+1", "t-1t-2lw0",
        // WordNet classes (WordNetLexicon): mostly for words the treebank never saw.
        "wn0", "wn-1", "wn+1", "wn0shape0", "wn0suf2",
        // Brown cluster paths (EmbeddedClusters): prefixes of 4, 6 and 10 bits, and the whole path (cA).
        "c4", "c6", "c10", "cA", "c6-1", "c6+1", "cA+1", "t-1c6",
    ];

    /// <summary>Cluster path prefixes the templates read.</summary>
    public static readonly int[] ClusterPrefixes = [4, 6, 10, int.MaxValue];

    public static int Count => Templates.Length;

    // Template ids are their positions, hashed once so keys of different templates never meet.
    static readonly ulong[] Ids = [.. Enumerable.Range(0, Templates.Length).Select(i => FeatureHash.Of(Templates[i]))];

    /// <summary>Writes the features of word <paramref name="i"/> given the hashes of the two previous tags (<paramref name="amb"/>, <paramref name="wn"/>: padded per-word classes).</summary>
    public static void Extract(WordValues v, ReadOnlySpan<ulong> amb, ReadOnlySpan<ulong> wn, ulong[][] clusters, int i, ulong t1, ulong t2, Span<ulong> f)
    {
        int a = WordValues.At(i);
        var lw = v.Lower;
        var suf3 = v.Suffix[2];
        int k = 0;
        f[k] = Ids[k++];
        f[k] = FeatureHash.Mix(Ids[k++], v.Form[a]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a]);
        for (int j = 0; j < WordValues.MaxAffix; j++) f[k] = FeatureHash.Mix(Ids[k++], v.Suffix[j][a]);
        for (int j = 0; j < WordValues.MaxAffix; j++) f[k] = FeatureHash.Mix(Ids[k++], v.Prefix[j][a]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Shape[a]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Flags[a]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a - 2]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a + 2]);
        f[k] = FeatureHash.Mix(Ids[k++], suf3[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], suf3[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Suffix[1][a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Shape[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Shape[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], t1);
        f[k] = FeatureHash.Mix(Ids[k++], t2);
        f[k] = FeatureHash.Mix(Ids[k++], t1, t2);
        f[k] = FeatureHash.Mix(Ids[k++], t1, lw[a]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a - 1], lw[a]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a], lw[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], t1, suf3[a]);
        f[k] = FeatureHash.Mix(Ids[k++], amb[a]);
        f[k] = FeatureHash.Mix(Ids[k++], amb[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], amb[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], amb[a], amb[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], t1, amb[a]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Flags[a], t1);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a + 1], lw[a + 2]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a - 2], lw[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], amb[a + 2]);
        f[k] = FeatureHash.Mix(Ids[k++], amb[a - 1], amb[a]);
        f[k] = FeatureHash.Mix(Ids[k++], t1, amb[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], lw[a], suf3[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], t1, lw[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], v.Suffix[3][a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], t1, t2, lw[a]);
        f[k] = FeatureHash.Mix(Ids[k++], wn[a]);
        f[k] = FeatureHash.Mix(Ids[k++], wn[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], wn[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], wn[a], v.Shape[a]);
        f[k] = FeatureHash.Mix(Ids[k++], wn[a], v.Suffix[1][a]);
        ulong[] c4 = clusters[0], c6 = clusters[1], c10 = clusters[2], cA = clusters[3];
        f[k] = FeatureHash.Mix(Ids[k++], c4[a]);
        f[k] = FeatureHash.Mix(Ids[k++], c6[a]);
        f[k] = FeatureHash.Mix(Ids[k++], c10[a]);
        f[k] = FeatureHash.Mix(Ids[k++], cA[a]);
        f[k] = FeatureHash.Mix(Ids[k++], c6[a - 1]);
        f[k] = FeatureHash.Mix(Ids[k++], c6[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], cA[a + 1]);
        f[k] = FeatureHash.Mix(Ids[k++], t1, c6[a]);
        System.Diagnostics.Debug.Assert(k == Templates.Length);
    }
}
