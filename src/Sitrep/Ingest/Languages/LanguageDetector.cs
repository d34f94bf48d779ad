using Sitrep.Pipeline;
namespace Sitrep.Ingest.Languages;

/// <summary>
/// Guesses a document's language (ISO 639-1) from its script and its most frequent function words
/// (<c>stopwords.txt</c>). Good enough to label news text; returns null when the evidence is thin.
/// </summary>
public static class LanguageDetector
{
    const int MaxWords = 1000;
    const int MinHits = 3;

    static readonly Dictionary<string, string[]> WordLanguages = Load();
    static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string? Detect(ReadOnlySpan<char> text)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        int words = 0, arabic = 0, cyrillic = 0, letters = 0;
        Span<char> lower = stackalloc char[32];
        int i = 0;
        while (i < text.Length && words < MaxWords)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            var word = text[start..i];
            words++;
            foreach (var c in word)
            {
                letters++;
                if (c is >= '\u0600' and <= '\u06FF') arabic++;
                else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            }
            if (word.Length > lower.Length) continue;
            int n = word.ToLowerInvariant(lower);
            if (Lookup.TryGetValue(lower[..n], out var languages))
                foreach (var l in languages) hits[l] = hits.GetValueOrDefault(l) + 1;
        }
        if (letters == 0) return null;
        if (arabic * 2 > letters) return "ar";
        if (cyrillic * 2 > letters) return "ru";
        var best = hits.Where(h => h.Key is not ("ar" or "ru")).OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Value >= Math.Min(MinHits, Math.Max(1, words / 4)) ? best.Key : null;
    }

    static Dictionary<string, string[]> Load()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("Ingest/Languages/stopwords.txt"))
        {
            var colon = line.IndexOf(':');
            var code = line[..colon];
            foreach (var word in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(word, out var list)) map[word] = list = [];
                if (!list.Contains(code)) list.Add(code);
            }
        }
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
