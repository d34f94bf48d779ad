using Sitrep.Documents;

namespace Sitrep.Quotes.Direct;

/// <summary>
/// Text between a pair of quote marks, marks included (the PolNeAR convention for content).
/// <see cref="Depth"/> is 0 for an outer quote, 1 for a quote inside it. <see cref="Paragraphs"/>
/// counts the paragraphs the quote runs over (news convention: an unclosed paragraph continues
/// into the next one that opens with a quote mark).
/// </summary>
internal readonly record struct QuotedSpan(CharSpan Span, int Depth, int Paragraphs)
{
    /// <summary>The words inside the marks.</summary>
    public CharSpan Inner => new(Span.Start + 1, Span.End - 1);
}
