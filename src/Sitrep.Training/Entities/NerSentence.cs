using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>An entity span in a gold sentence: type name and token range [Start, End).</summary>
internal readonly record struct NerSpan(string Type, int Start, int End);

/// <summary>One gold sentence: its words, entity spans and, when the corpus has them, PTB POS tags.</summary>
internal sealed record NerSentence(string[] Words, IReadOnlyList<NerSpan> Spans, string[]? Pos = null)
{
    /// <summary>True for the first sentence of a document.</summary>
    public bool DocumentStart { get; init; }
}
