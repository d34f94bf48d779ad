namespace Sitrep.Learning;

/// <summary>
/// Which label may follow which in a labelled sequence (previous −1: the sequence start) and which may
/// end one, as lookup tables so decoders pay one array read per check. Label 0 is O (outside).
/// </summary>
internal sealed class LabelScheme
{
    readonly bool[] _follows;   // (previous + 1) * Count + label
    readonly bool[] _ends;

    public int Count { get; }

    LabelScheme(int count, Func<int, int, bool> canFollow, Func<int, bool> canEnd)
    {
        Count = count;
        _follows = new bool[(count + 1) * count];
        for (int p = -1; p < count; p++)
            for (int l = 0; l < count; l++) _follows[(p + 1) * count + l] = canFollow(p, l);
        _ends = [.. Enumerable.Range(0, count).Select(canEnd)];
    }

    public bool CanFollow(int previous, int label) => _follows[(previous + 1) * Count + label];

    public bool CanEnd(int label) => _ends[label];

    /// <summary>BIO over <paramref name="types"/> span types: label 1 + 2·type + {0 B, 1 I}; I-X only after B-X or I-X.</summary>
    public static LabelScheme Bio(int types) => new(1 + 2 * types,
        (p, l) => l == 0 || (l - 1) % 2 == 0 || (p > 0 && (p - 1) / 2 == (l - 1) / 2),
        _ => true);

    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>BILOU over <paramref name="types"/> span types: label 1 + 4·type + {0 B, 1 I, 2 L, 3 U}; a span opened by B ends with L.</summary>
    public static LabelScheme Bilou(int types) => new(1 + 4 * types, BilouFollows, l => l == 0 || BilouPosition(l) is Last or Unit);

    public static int BilouPosition(int label) => label == 0 ? -1 : (label - 1) % 4;

    public static int BilouType(int label) => label == 0 ? -1 : (label - 1) / 4;

    static bool BilouFollows(int previous, int label)
    {
        bool open = previous > 0 && BilouPosition(previous) is Begin or Inside;
        if (!open) return label == 0 || BilouPosition(label) is Begin or Unit;
        return BilouPosition(label) is Inside or Last && BilouType(label) == BilouType(previous);
    }
}
