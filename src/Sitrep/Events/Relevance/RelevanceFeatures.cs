using System.Collections.Frozen;
using Sitrep.Learning;
using Sitrep.Pipeline;

namespace Sitrep.Events.Relevance;

/// <summary>
/// The relevance model's features, the same in training and at run time: a bias, and each distinct lower-cased
/// word and pair of neighbouring words of the text (words are runs of letters; digits and punctuation separate them),
/// leaving out function and reporting words (<c>function_words.txt</c>). Presence only: a long article does not
/// outweigh a short one by repeating a word.
/// </summary>
internal static class RelevanceFeatures
{
    const ulong WordTemplate = 1, PairTemplate = 2;
    public static readonly ulong Bias = FeatureHash.Of("relevance:bias");

    static readonly FrozenSet<string> FunctionWords = EmbeddedData.Lines("Events/Relevance/function_words.txt")
        .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IsFunctionWord = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Extract(ReadOnlySpan<char> text, HashSet<ulong> into, List<(ulong Feature, string Word)>? words = null)
    {
        into.Add(Bias);
        ulong previous = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                // A sentence end breaks pairs; other punctuation and digits do not ("U.S.-led", "Mr. Smith").
                if (text[i] is '.' or '!' or '?' or ';' or '\n' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))) previous = 0;
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (IsFunctionWord.Contains(text[start..i])) continue;
            ulong word = FeatureHash.OfLower(text[start..i]);
            ulong feature = FeatureHash.Mix(WordTemplate, word);
            if (into.Add(feature)) words?.Add((feature, text[start..i].ToString().ToLowerInvariant()));
            if (previous != 0) into.Add(FeatureHash.Mix(PairTemplate, previous, word));
            previous = word;
        }
    }
}
