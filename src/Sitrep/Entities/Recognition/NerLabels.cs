namespace Sitrep.Entities.Recognition;

/// <summary>
/// Entity types and the BILOU tag set over them. Tag 0 is O; tag 1 + 4·type + {B, I, L, U} otherwise.
/// </summary>
public static class NerLabels
{
    public static readonly string[] Types = ["PER", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC"];
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;
    public static int TagCount => 1 + 4 * Types.Length;

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    public static int Tag(int type, int position) => 1 + 4 * type + position;
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / 4;
    public static int PositionOf(int tag) => tag == 0 ? -1 : (tag - 1) % 4;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public static bool CanFollow(int previous, int tag)
    {
        bool open = previous > 0 && PositionOf(previous) is Begin or Inside;
        if (!open) return tag == 0 || PositionOf(tag) is Begin or Unit;
        return PositionOf(tag) is Inside or Last && TypeOf(tag) == TypeOf(previous);
    }

    /// <summary>Whether a sentence may end on <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == 0 || PositionOf(tag) is Last or Unit;

    public static string Name(int tag) => tag == 0 ? "O" : "BILU"[PositionOf(tag)] + "-" + Types[TypeOf(tag)];

    /// <summary>BILOU tags from entity spans (type index, start token, end token exclusive).</summary>
    public static int[] FromSpans(int length, IEnumerable<(int Type, int Start, int End)> spans)
    {
        var tags = new int[length];
        foreach (var (type, s, e) in spans)
        {
            if (e - s == 1) { tags[s] = Tag(type, Unit); continue; }
            tags[s] = Tag(type, Begin);
            for (int i = s + 1; i < e - 1; i++) tags[i] = Tag(type, Inside);
            tags[e - 1] = Tag(type, Last);
        }
        return tags;
    }

    /// <summary>Entity spans from a BILOU sequence (lenient: a broken sequence still yields spans).</summary>
    public static List<(int Type, int Start, int End)> ToSpans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        int i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == 0) { i++; continue; }
            int type = TypeOf(tags[i]), s = i;
            if (PositionOf(tags[i]) is Unit) { spans.Add((type, s, ++i)); continue; }
            i++;
            while (i < tags.Length && TypeOf(tags[i]) == type && PositionOf(tags[i]) is Inside or Last)
                if (PositionOf(tags[i++]) is Last) break;
            spans.Add((type, s, i));
        }
        return spans;
    }
}
