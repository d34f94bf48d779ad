namespace Sitrep.Events.Triggers;

/// <summary>Regular English inflections of a lemma, so a lexicon works on raw forms when no lemmatizer ran.</summary>
internal static class Inflection
{
    public static IEnumerable<string> Forms(string lemma, bool isVerb)
    {
        yield return lemma;
        if (lemma.Length < 2) yield break;
        char last = lemma[^1];
        bool consonantY = last == 'y' && !IsVowel(lemma[^2]);
        bool sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch") || lemma.EndsWith("sh");
        yield return consonantY ? lemma[..^1] + "ies" : sibilant ? lemma + "es" : lemma + "s";
        if (!isVerb) yield break;
        if (consonantY) yield return lemma[..^1] + "ied";
        else if (last == 'e') yield return lemma + "d";
        else
        {
            yield return lemma + "ed";
            if (DoublesFinal(lemma)) yield return lemma + last + "ed";
        }
        if (last == 'e' && lemma.Length > 2 && lemma[^2] != 'e') yield return lemma[..^1] + "ing";
        else yield return lemma + "ing";
        if (DoublesFinal(lemma)) yield return lemma + last + "ing";
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Stems ending consonant-vowel-consonant may double their final letter (ban → banned, expel → expelled,
    // cancel → cancelled); stress decides, so both spellings are generated.
    static bool DoublesFinal(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);
}
