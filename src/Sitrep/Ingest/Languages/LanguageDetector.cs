using Sitrep.Pipeline;
namespace Sitrep.Ingest.Languages;

/// <summary>
/// Guesses a document's language (ISO 639-1). The script decides first: a script written by one language
/// (Greek, Hangul, Thai...) names it. Otherwise the text's 300 most frequent character trigrams are ranked
/// against each language profile of that script (<c>trigrams.tsv</c>, from the franc package) and the smallest
/// out-of-place distance wins (Cavnar and Trenkle 1994). Sitrep reads English news, so another language must
/// beat English by a margin: short English headlines otherwise drift to Danish or French. Returns null when the
/// text has too few letters.
/// </summary>
internal static class LanguageDetector
{
    const int MaxChars = 4000, MinLetters = 20, ProfileSize = 300;
    // Fraction of the largest possible distance by which another language must beat English.
    const double EnglishMargin = 0.05;

    static readonly LanguageProfile[] Profiles = LanguageProfile.Load(EmbeddedData.Lines("Ingest/Languages/trigrams.tsv"));

    public static string? Detect(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        var scripts = new int[(int)Script.Count];
        int letters = 0;
        foreach (var c in text)
            if (char.IsLetter(c)) { letters++; scripts[(int)Scripts.Of(c)]++; }
        if (letters < MinLetters) return null;
        var top = Scripts.Top(scripts);
        if (Scripts.SingleLanguage(top, scripts) is { } only) return only;
        var ranked = RankTrigrams(text);
        string? best = null;
        long bestDistance = long.MaxValue, english = long.MaxValue;
        foreach (var profile in Profiles)
        {
            if (profile.Script != top) continue;
            long d = profile.Distance(ranked, ProfileSize);
            if (profile.Code == "en") english = d;
            if (d < bestDistance) (best, bestDistance) = (profile.Code, d);
        }
        return english - bestDistance <= EnglishMargin * ranked.Length * ProfileSize ? (english == long.MaxValue ? best : "en") : best;
    }

    /// <summary>The text's trigrams (lower-case letters, anything else one space, padded) by falling count; ties in order of first sight.</summary>
    static ulong[] RankTrigrams(ReadOnlySpan<char> text)
    {
        var counts = new Dictionary<ulong, (int Count, int First)>();
        char a = ' ', b = ' ';
        foreach (var raw in text)
        {
            char c = char.IsLetter(raw) ? char.ToLowerInvariant(raw) : ' ';
            if (c == ' ' && b == ' ') continue;
            if (a != ' ' || b != ' ') Add(counts, Trigram.Pack(a, b, c));
            (a, b) = (b, c);
        }
        if (b != ' ') Add(counts, Trigram.Pack(a, b, ' '));
        return [.. counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).Take(ProfileSize).Select(kv => kv.Key)];
    }

    static void Add(Dictionary<ulong, (int Count, int First)> counts, ulong trigram) =>
        counts[trigram] = counts.TryGetValue(trigram, out var seen) ? (seen.Count + 1, seen.First) : (1, counts.Count);
}
