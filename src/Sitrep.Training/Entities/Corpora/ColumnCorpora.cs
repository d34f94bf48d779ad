using Sitrep.Training.Entities;

namespace Sitrep.Training.Entities.Corpora;

/// <summary>
/// Readers for the column corpora added in session 6 (see docs/entities.md): each reads
/// <c>token TAB tag</c> lines through <see cref="NerCorpusReader"/> and then applies its corpus's quirks.
/// Types stay coarse (PER/ORG/LOC/MISC) so the files can be scored; <see cref="FineTypes"/> refines them for training.
/// </summary>
internal static class ColumnCorpora
{
    /// <summary>
    /// Broad Twitter Corpus: one tweet per sentence (each its own document). Some sections tag the "@" of a
    /// user mention as a one-token entity of its own; others leave it O, as here: only the user name is a name.
    /// </summary>
    public static List<NerSentence> ReadBtc(StreamReader reader) =>
        NerCorpusReader.ReadColumns(reader, tokenColumn: 0, commentPrefix: null, PlainCoarse)
            .Select(s => s with { Spans = [.. s.Spans.Where(x => !(x.End - x.Start == 1 && s.Words[x.Start] == "@"))], DocumentStart = true })
            .ToList();

    /// <summary>CrossNER (Wikipedia): fine-grained gold types mapped by <see cref="CrossNerTypes"/>; each segment its own document.</summary>
    public static List<NerSentence> ReadCrossNer(StreamReader reader) =>
        NerCorpusReader.ReadColumns(reader, tokenColumn: 0, commentPrefix: null, CrossNerTypes.Map)
            .Select(s => s with { DocumentStart = true }).ToList();

    /// <summary>WikiANN (silver, from Wikipedia links): every token carries the language prefix "en:".</summary>
    public static List<NerSentence> ReadWikiAnn(StreamReader reader) =>
        NerCorpusReader.ReadColumns(reader, tokenColumn: 0, commentPrefix: null, PlainCoarse)
            .Select(s => s with { Words = [.. s.Words.Select(StripLanguage)], DocumentStart = true })
            .ToList();

    /// <summary>
    /// Universal NER EWT train (the early, single-annotator file): like the released iob2 files, plus OTH
    /// spans (nationalities, religions, groups; tagged only in part) read as MISC and one-token "B-O" artefacts dropped.
    /// </summary>
    public static List<NerSentence> ReadUnerTrain(StreamReader reader) =>
        NerCorpusReader.ReadColumns(reader, tokenColumn: 1, commentPrefix: "#", label => label == "OTH" ? "MISC" : PlainCoarse(label));

    static string? PlainCoarse(string label) => label is "PER" or "ORG" or "LOC" ? label : null;

    static string StripLanguage(string word) => word.StartsWith("en:", StringComparison.Ordinal) && word.Length > 3 ? word[3..] : word;
}
