namespace Sitrep.Learning;

/// <summary>
/// Feature keys: <see cref="Fnv1a"/> of a value, finished so the low bits index hash tables well,
/// and <see cref="Mix"/> to combine a template id with value hashes.
/// </summary>
internal static class FeatureHash
{
    public static ulong Of(ReadOnlySpan<char> s) => Finish(Fnv1a.Of(s));

    /// <summary>Equals <c>Of(a + separator + b)</c> without building the string.</summary>
    public static ulong Of(ReadOnlySpan<char> a, char separator, ReadOnlySpan<char> b) =>
        Finish(Fnv1a.Add(Fnv1a.Step(Fnv1a.Add(Fnv1a.Offset, a), separator), b));

    public static ulong OfLower(ReadOnlySpan<char> s) => Finish(Fnv1a.OfLower(s));

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
