using Sitrep.Documents;

namespace Sitrep.Stories;

/// <summary>When two articles count as one: a re-published or lightly edited copy joins the article stored first.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>Estimated Jaccard similarity of 5-word shingles at or above which a document is a copy.</summary>
    public double Threshold { get; init; } = 0.5;
    /// <summary>Shorter texts (in shingles) are never near-duplicates: a few changed words can change what a short text says.</summary>
    public int MinShingles { get; init; } = 50;
}

/// <summary>A document's MinHash signature and its LSH band keys.</summary>
internal sealed record Fingerprint(uint[] Signature, long[] BandKeys)
{
    /// <summary>The fingerprint of title and text; null when the text is too short to compare.</summary>
    public static Fingerprint? Of(Doc doc, NearDuplicateOptions options) => Of(doc.Info.Title, doc.Text, options);

    public static Fingerprint? Of(string? title, string text, NearDuplicateOptions options)
    {
        var shingles = Shingles.Hash(string.IsNullOrEmpty(title) ? text : title + "\n" + text);
        if (shingles.Length < options.MinShingles) return null;
        var signature = MinHash.Default.Signature(shingles);
        return new Fingerprint(signature, MinHash.BandKeys(signature));
    }

    public double Similarity(Fingerprint other) => MinHash.Similarity(Signature, other.Signature);
}
