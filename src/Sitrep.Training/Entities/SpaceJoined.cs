using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>Gold words joined by single spaces, with each word's character offsets (empty words become "_").</summary>
internal static class SpaceJoined
{
    public static (string Text, int[] Starts, int[] Ends) Join(IReadOnlyList<string> words, int from = 0, int to = -1)
    {
        if (to < 0) to = words.Count;
        var starts = new int[to - from];
        var ends = new int[to - from];
        var parts = new string[to - from];
        for (int i = 0, p = 0; i < parts.Length; i++)
        {
            parts[i] = words[from + i].Length == 0 ? "_" : words[from + i];
            starts[i] = p;
            ends[i] = p + parts[i].Length;
            p = ends[i] + 1;
        }
        return (string.Join(' ', parts), starts, ends);
    }
}
