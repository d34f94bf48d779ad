namespace Sitrep.Quotes.Learned;

/// <summary>64-bit FNV-1a of a feature template id and its (lower-cased) values; no strings are built.</summary>
internal static class FeatureHash
{
    const ulong Offset = 14695981039346656037, Prime = 1099511628211;

    public static ulong Of(int template, ReadOnlySpan<char> value) => Add(Start(template), value);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Add(Start(template), a), "\u0001"), b);

    public static ulong Of(int template, int value) => Mix(Start(template), (ulong)value);

    public static ulong Of(int template, int a, int b) => Mix(Mix(Start(template), (ulong)a), (ulong)b);

    public static ulong Of(int template, int a, ReadOnlySpan<char> value) => Add(Mix(Start(template), (ulong)a), value);

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(Start(template), a), b), c);

    static ulong Start(int template) => Mix(Offset, (ulong)template);

    static ulong Mix(ulong h, ulong v)
    {
        for (int k = 0; k < 8; k++, v >>= 8) h = (h ^ (v & 0xFF)) * Prime;
        return h;
    }

    static ulong Add(ulong h, ReadOnlySpan<char> value)
    {
        foreach (char c in value) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h;
    }
}
