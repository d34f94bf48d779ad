using Sitrep.Entities.Actors;
using Sitrep.Training.Entities;

namespace Sitrep.Training.Entities.Corpora;

/// <summary>
/// Refines a coarse-typed training sentence (PER/ORG/LOC/MISC) towards Sitrep's inventory, so the coarse
/// corpora do not teach against GMB's finer types: a LOC span that is wholly a listed country, city, region
/// or country abbreviation ("U.S.") becomes GPE, and a MISC span that is wholly a demonym ("German") becomes NORP.
/// Training only: scored gold keeps its own scheme.
/// </summary>
internal static class FineTypes
{
    public static NerSentence Refine(NerSentence sentence, ActorLexicon lexicon)
    {
        if (!sentence.Spans.Any(s => s.Type is "LOC" or "MISC")) return sentence;
        return sentence with { Spans = [.. sentence.Spans.Select(s => s with { Type = Refine(s, sentence.Words, lexicon) })] };
    }

    static string Refine(NerSpan span, string[] words, ActorLexicon lexicon) => span.Type switch
    {
        "LOC" when WholeMatch(span, words, lexicon) is { } c && c.Any(x => x is LexiconCategory.Country or LexiconCategory.City or LexiconCategory.Region or LexiconCategory.Demonym) => "GPE",
        "MISC" when WholeMatch(span, words, lexicon) is { } c && c.Contains(LexiconCategory.Demonym) => "NORP",
        _ => span.Type,
    };

    /// <summary>The categories of the lexicon phrases that cover the span exactly, or null.</summary>
    static IReadOnlyList<LexiconCategory>? WholeMatch(NerSpan span, string[] words, ActorLexicon lexicon)
    {
        var (text, starts, ends) = SpaceJoined.Join(words, span.Start, span.End);
        return lexicon.Matcher.TryMatchLongest(text, starts, ends, 0, starts.Length, out int end, out var ids) && end == starts.Length
            ? [.. ids.Select(id => lexicon.Matcher.Entries[id].Category)]
            : null;
    }
}
