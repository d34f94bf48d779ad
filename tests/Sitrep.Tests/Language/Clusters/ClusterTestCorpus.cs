namespace Sitrep.Tests.Language.Clusters;

/// <summary>
/// A made-up language with three word classes that only ever fill their own slot in
/// "NAME VERB NAME in CITY ." — so a clustering that learns anything puts each class together.
/// </summary>
static class ClusterTestCorpus
{
    public static readonly string[] Names = ["Alice", "Bob", "Carol", "Dave", "Erin"];
    public static readonly string[] Verbs = ["met", "saw", "called", "helped", "thanked"];
    public static readonly string[] Cities = ["Paris", "London", "Rome", "Berlin", "Madrid"];
    public static IEnumerable<string[]> Classes => [Names, Verbs, Cities];

    /// <summary>Documents of random sentences from a fixed linear congruential sequence (same text on every run and platform).</summary>
    public static IEnumerable<string> Texts(int documents = 40, int sentencesPerDocument = 12)
    {
        uint state = 12345;
        string Pick(string[] words)
        {
            state = state * 1664525 + 1013904223;
            return words[(state >> 16) % (uint)words.Length];
        }
        for (int d = 0; d < documents; d++)
            yield return string.Join(' ', Enumerable.Range(0, sentencesPerDocument)
                .Select(_ => $"{Pick(Names)} {Pick(Verbs)} {Pick(Names)} in {Pick(Cities)}."));
    }

    /// <summary>Word salad over 40 made-up words with Zipf-like frequencies and some local order, for checking the arithmetic.</summary>
    public static IEnumerable<string> ZipfTexts(int documents, int words)
    {
        uint state = 777;
        uint Next() => state = state * 1664525 + 1013904223;
        for (int d = 0; d < documents; d++)
        {
            var text = new List<string>();
            int previous = 0;
            for (int k = 0; k < words; k++)
            {
                int r = (int)(Next() >> 8) % 1000;
                int w = r < 300 ? (previous * 7 + 3) % 40 : (int)(40 / (1 + (Next() >> 8) % 40));
                text.Add($"w{w % 40}");
                previous = w;
            }
            yield return string.Join(' ', text);
        }
    }

    public static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
