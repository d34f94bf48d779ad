using Sitrep.Documents;
using Sitrep.Quotes.Reported;

namespace Sitrep.Quotes.Direct;

/// <summary>direct (all quoted), mixed (quoted words inside reported content), reported (none), partial (a quoted fragment on its own).</summary>
internal static class QuoteKinds
{
    public static string Of(CharSpan content, IReadOnlyList<QuotedSpan> quoted)
    {
        bool any = false;
        foreach (var q in quoted)
        {
            if (q.Depth != 0 || !q.Span.Overlaps(content)) continue;
            if (q.Span.Start <= content.Start && content.End <= q.Span.End) return "direct";
            any = true;
        }
        return any ? "mixed" : "reported";
    }

    /// <summary>Quoted passages no cue claimed: whole-paragraph quotes are direct, quoted fragments partial.</summary>
    public static IEnumerable<Reported.Attribution> Unattributed(string text, IReadOnlyList<QuotedSpan> quoted, IReadOnlyList<Reported.Attribution> found)
    {
        foreach (var q in quoted)
        {
            if (q.Depth != 0 || found.Any(a => a.Content.Overlaps(q.Span))) continue;
            bool opensParagraph = q.Span.Start == 0 || text.AsSpan(0, q.Span.Start).TrimEnd(' ').EndsWith("\n");
            yield return new Reported.Attribution(q.Span, null, null, opensParagraph ? 0.5 : 0.3)
            {
                Kind = opensParagraph ? "direct" : "partial",
            };
        }
    }
}
