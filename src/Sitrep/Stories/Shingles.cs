namespace Sitrep.Stories;

/// <summary>Hashes of overlapping word n-grams (shingles) of a text: lower-cased runs of letters and digits.</summary>
internal static class Shingles
{
    public const int DefaultSize = 5;

    /// <summary>One 64-bit hash per shingle of <paramref name="size"/> consecutive words, in text order (repeats kept).</summary>
    public static ulong[] Hash(ReadOnlySpan<char> text, int size = DefaultSize)
    {
        var words = WordHashes(text);
        if (words.Count < size) return words.Count == 0 ? [] : [Combine(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words))];
        var shingles = new ulong[words.Count - size + 1];
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        for (int i = 0; i < shingles.Length; i++) shingles[i] = Combine(span.Slice(i, size));
        return shingles;
    }

    /// <summary>FNV-1a of each lower-cased word (letters and digits; everything else separates words).</summary>
    public static List<ulong> WordHashes(ReadOnlySpan<char> text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        ulong h = Fnv.Offset;
        bool inWord = false;
        foreach (char ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                h = (h ^ char.ToLowerInvariant(ch)) * Fnv.Prime;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(h);
                h = Fnv.Offset;
                inWord = false;
            }
        }
        if (inWord) hashes.Add(h);
        return hashes;
    }

    static ulong Combine(ReadOnlySpan<ulong> words)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (var w in words) h = Mix(h ^ w);
        return h;
    }

    /// <summary>The SplitMix64 finaliser: every input bit affects every output bit.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    static class Fnv
    {
        public const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;
    }
}
