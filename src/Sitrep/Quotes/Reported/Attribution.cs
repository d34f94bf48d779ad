using Sitrep.Documents;

namespace Sitrep.Quotes.Reported;

/// <summary>
/// One found attribution before speaker resolution: what was said (<see cref="Content"/>), the cue
/// that says so and who said it (<see cref="Source"/>, null for "it was reported that").
/// </summary>
internal sealed record Attribution(CharSpan Content, CharSpan? Cue, CharSpan? Source, double Confidence)
{
    /// <summary>The quote marks' own kind when the content is (or contains) quoted words.</summary>
    public string Kind { get; init; } = "reported";
}
