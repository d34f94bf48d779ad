using Sitrep.Learning;

namespace Sitrep.Quotes.Learned;

/// <summary>Feature keys of the quotes tagger: a template id mixed with its (lower-cased) values through <see cref="FeatureHash"/>; no strings are built.</summary>
internal static class QuoteFeatureKeys
{
    public static ulong Of(int template, ReadOnlySpan<char> value) => FeatureHash.Mix((ulong)template, FeatureHash.OfLower(value));

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => FeatureHash.Mix((ulong)template, FeatureHash.OfLower(a), FeatureHash.OfLower(b));

    public static ulong Of(int template, int value) => FeatureHash.Mix((ulong)template, (ulong)value);

    public static ulong Of(int template, int a, int b) => FeatureHash.Mix((ulong)template, (ulong)a, (ulong)b);

    public static ulong Of(int template, int a, ReadOnlySpan<char> value) => FeatureHash.Mix((ulong)template, (ulong)a, FeatureHash.OfLower(value));

    public static ulong Of(int template, ulong a, ulong b, ulong c) => FeatureHash.Mix((ulong)template, a, b, c);
}
