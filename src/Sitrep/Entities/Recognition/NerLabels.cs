using Sitrep.Learning;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// Entity types and the BILOU tag set over them. Tag 0 is O; tag 1 + 4·type + {B, I, L, U} otherwise.
/// </summary>
internal static class NerLabels
{
    public static readonly string[] Types = ["PER", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC"];
    public const int Begin = LabelScheme.Begin, Inside = LabelScheme.Inside, Last = LabelScheme.Last, Unit = LabelScheme.Unit;
    /// <summary>The BILOU scheme over <see cref="Types"/>: which tag may follow which, and end a sentence.</summary>
    public static readonly LabelScheme Scheme = LabelScheme.Bilou(Types.Length);
    public static int TagCount => Scheme.Count;

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    public static int Tag(int type, int position) => 1 + 4 * type + position;
    public static int TypeOf(int tag) => LabelScheme.BilouType(tag);
    public static int PositionOf(int tag) => LabelScheme.BilouPosition(tag);

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
