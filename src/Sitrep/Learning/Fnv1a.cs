namespace Sitrep.Learning;

/// <summary>
/// 64-bit FNV-1a, the one string hash every feature key, lexicon key and file checksum starts from.
/// Never string.GetHashCode: it is randomised per process, and models must mean the same thing in every run.
/// </summary>
internal static class Fnv1a
{
    public const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    public static ulong Step(ulong h, uint value) => (h ^ value) * Prime;

    public static ulong Of(ReadOnlySpan<char> s) => Add(Offset, s);

    public static ulong OfLower(ReadOnlySpan<char> s) => AddLower(Offset, s);

    public static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = (h ^ c) * Prime;
        return h;
    }

    public static ulong AddLower(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h;
    }

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        ulong h = Offset;
        foreach (var b in bytes) h = (h ^ b) * Prime;
        return h;
    }
}
