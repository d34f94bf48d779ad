namespace Sitrep.Language.Perceptron;

/// <summary>
/// Stable 64-bit hashes for feature keys. Never string.GetHashCode: it is randomised per process,
/// and models must mean the same thing in every run.
/// </summary>
public static class FeatureHash
{
    const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) { h ^= c; h *= Prime; }
        return Finish(h);
    }

    /// <summary>Equals <c>Of(a + separator + b)</c> without building the string.</summary>
    public static ulong Of(ReadOnlySpan<char> a, char separator, ReadOnlySpan<char> b)
    {
        ulong h = Offset;
        foreach (char c in a) { h ^= c; h *= Prime; }
        h ^= separator; h *= Prime;
        foreach (char c in b) { h ^= c; h *= Prime; }
        return Finish(h);
    }

    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) { h ^= char.ToLowerInvariant(c); h *= Prime; }
        return Finish(h);
    }

    /// <summary>Combines a template id with one or more value hashes.</summary>
    public static ulong Mix(ulong a, ulong b) => Finish(a * 0x9E3779B97F4A7C15UL ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2)));

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    // splitmix64 finaliser: spreads bits so the low bits index hash tables well.
    static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
