namespace Sitrep.Quotes.Learned;

/// <summary>Features that depend on the labels already given to earlier tokens of the paragraph.</summary>
internal static class DynamicFeatures
{
    public const int Count = 6;
    const int Base = 100;

    public static void Fill(Span<ulong> into, ReadOnlySpan<byte> labels, TaggerInput input, int start, int i)
    {
        int p1 = i > start ? labels[i - 1] : 9, p2 = i - 1 > start ? labels[i - 2] : 9;
        // Which roles were already given in this sentence (bit 1 source, 2 cue, 4 content).
        int seen = 0;
        for (int k = i - 1; k >= start; k--)
        {
            if (labels[k] != RoleLabels.O) seen |= 1 << (RoleLabels.Role(labels[k]) - 1);
            if (input.SentenceStart[k]) break;
        }
        into[0] = QuoteFeatureKeys.Of(Base, p1);
        into[1] = QuoteFeatureKeys.Of(Base + 1, p2, p1);
        into[2] = QuoteFeatureKeys.Of(Base + 2, p1, input.WordHash[i]);
        into[3] = QuoteFeatureKeys.Of(Base + 3, p1, input.RuleLabels[i]);
        into[4] = QuoteFeatureKeys.Of(Base + 4, seen, p1);
        into[5] = QuoteFeatureKeys.Of(Base + 5, seen, input.RuleLabels[i]);
    }
}
