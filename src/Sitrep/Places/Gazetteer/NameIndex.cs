namespace Sitrep.Places.Gazetteer;

/// <summary>
/// Key → postings (entry numbers, prominent first), as flat arrays that load without rebuilding:
/// the keys are one character blob, found through an open-addressing table of a stable hash,
/// so a lookup by span makes no string and loading makes no dictionary.
/// </summary>
internal sealed class NameIndex
{
    public NameIndex(char[] keyChars, int[] keyStarts, int[] slots, int[] postingStarts, int[] postings)
    {
        KeyChars = keyChars;
        KeyStarts = keyStarts;
        Slots = slots;
        PostingStarts = postingStarts;
        Postings = postings;
    }

    public static NameIndex Empty { get; } = new([], [0], [0], [0], []);

    public char[] KeyChars { get; }
    /// <summary>Key i is KeyChars[KeyStarts[i]..KeyStarts[i + 1]].</summary>
    public int[] KeyStarts { get; }
    /// <summary>Hash table of key id + 1 (0 empty); its length is a power of two.</summary>
    public int[] Slots { get; }
    /// <summary>Postings of key i are Postings[PostingStarts[i]..PostingStarts[i + 1]].</summary>
    public int[] PostingStarts { get; }
    public int[] Postings { get; }

    public int KeyCount => KeyStarts.Length - 1;

    public ReadOnlySpan<char> Key(int id) => KeyChars.AsSpan(KeyStarts[id], KeyStarts[id + 1] - KeyStarts[id]);

    public ReadOnlySpan<int> PostingsOf(int id) => Postings.AsSpan(PostingStarts[id], PostingStarts[id + 1] - PostingStarts[id]);

    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return [];
        int mask = Slots.Length - 1;
        for (uint i = Hash(key) & (uint)mask; ; i = (i + 1) & (uint)mask)
        {
            int slot = Slots[i];
            if (slot == 0) return [];
            if (Key(slot - 1).SequenceEqual(key)) return PostingsOf(slot - 1);
        }
    }

    /// <summary>FNV-1a: stable across processes, unlike string hash codes, so the table can be stored.</summary>
    static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key) h = (h ^ c) * 16777619;
        return h;
    }

    public static NameIndex Build(IReadOnlyDictionary<string, List<int>> postingsByKey)
    {
        var keys = postingsByKey.Keys.Order(StringComparer.Ordinal).ToArray();
        var keyStarts = new int[keys.Length + 1];
        var postingStarts = new int[keys.Length + 1];
        var chars = new List<char>();
        var postings = new List<int>();
        int size = 16;
        while (size < keys.Length * 2) size *= 2;
        var slots = new int[size];
        for (int k = 0; k < keys.Length; k++)
        {
            keyStarts[k] = chars.Count;
            chars.AddRange(keys[k]);
            postingStarts[k] = postings.Count;
            postings.AddRange(postingsByKey[keys[k]]);
            uint i = Hash(keys[k]) & (uint)(size - 1);
            while (slots[i] != 0) i = (i + 1) & (uint)(size - 1);
            slots[i] = k + 1;
        }
        keyStarts[keys.Length] = chars.Count;
        postingStarts[keys.Length] = postings.Count;
        return new NameIndex([.. chars], keyStarts, slots, postingStarts, [.. postings]);
    }
}
