using Sitrep.Language.Clusters;

namespace Sitrep.Training.Language.Clusters;

/// <summary>
/// The vocabulary (types seen at least min-count times, most frequent first, ties in ordinal order) and the counts
/// of adjacent vocabulary pairs as compressed rows: each word's right neighbours and, separately, its left ones.
/// A rarer word or a document boundary between two words breaks the pair.
/// </summary>
internal sealed class BigramCounts
{
    public required string[] Words { get; init; }
    public required long[] WordCounts { get; init; }
    /// <summary>Right neighbours of word r: <c>RightWord/RightCount[RightStart[r]..RightStart[r+1]]</c>, ascending.</summary>
    public required int[] RightStart { get; init; }
    public required int[] RightWord { get; init; }
    public required int[] RightCount { get; init; }
    public required int[] LeftStart { get; init; }
    public required int[] LeftWord { get; init; }
    public required int[] LeftCount { get; init; }
    /// <summary>All pairs counted.</summary>
    public required long Total { get; init; }

    public int Vocabulary => Words.Length;

    public static BigramCounts From(ClusterCorpus corpus, int minCount)
    {
        var types = corpus.Types;
        var counts = corpus.Counts;
        var kept = Enumerable.Range(0, types.Count).Where(t => counts[t] >= minCount)
            .OrderByDescending(t => counts[t]).ThenBy(t => types[t], StringComparer.Ordinal).ToArray();
        var rank = new int[types.Count];
        Array.Fill(rank, -1);
        for (int r = 0; r < kept.Length; r++) rank[kept[r]] = r;

        var stream = corpus.Stream;
        var pairs = new List<long>(stream.Length);
        for (int k = 1; k < stream.Length; k++)
        {
            int a = stream[k - 1], b = stream[k];
            if (a < 0 || b < 0 || rank[a] < 0 || rank[b] < 0) continue;
            pairs.Add((long)rank[a] << 32 | (uint)rank[b]);
        }
        var right = pairs.ToArray();
        var left = new long[right.Length];
        for (int k = 0; k < right.Length; k++) left[k] = (right[k] & 0xFFFFFFFF) << 32 | (right[k] >>> 32);
        Array.Sort(right);
        Array.Sort(left);
        var (rightStart, rightWord, rightCount) = Rows(right, kept.Length);
        var (leftStart, leftWord, leftCount) = Rows(left, kept.Length);
        return new BigramCounts
        {
            Words = kept.Select(t => types[t]).ToArray(),
            WordCounts = kept.Select(t => (long)counts[t]).ToArray(),
            RightStart = rightStart, RightWord = rightWord, RightCount = rightCount,
            LeftStart = leftStart, LeftWord = leftWord, LeftCount = leftCount,
            Total = right.Length,
        };
    }

    /// <summary>Sorted (row, column) keys to compressed rows with run-length counts.</summary>
    static (int[] Start, int[] Column, int[] Count) Rows(long[] sorted, int rows)
    {
        var start = new int[rows + 1];
        var column = new List<int>();
        var count = new List<int>();
        for (int k = 0; k < sorted.Length;)
        {
            long key = sorted[k];
            int run = 1;
            while (k + run < sorted.Length && sorted[k + run] == key) run++;
            start[(int)(key >>> 32) + 1]++;
            column.Add((int)(key & 0xFFFFFFFF));
            count.Add(run);
            k += run;
        }
        for (int r = 0; r < rows; r++) start[r + 1] += start[r];
        return (start, column.ToArray(), count.ToArray());
    }
}
