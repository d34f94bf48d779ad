using System.Runtime.InteropServices;
using Sitrep.Learning;

namespace Sitrep.Training.Learning;

/// <summary>Counts feature keys over the training data for a frequency cut-off: features seen too rarely get no weights.</summary>
internal sealed class FeatureCounts
{
    readonly Dictionary<ulong, int> _counts = [];

    public int Distinct => _counts.Count;

    public void Add(ReadOnlySpan<ulong> keys)
    {
        foreach (var k in keys) CollectionsMarshal.GetValueRefOrAddDefault(_counts, k, out _)++;
    }

    /// <summary>The keys seen at least <paramref name="minCount"/> times, for <see cref="AveragedPerceptron.Update"/>.</summary>
    public HashSet<ulong> AtLeast(int minCount) => [.. _counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key)];
}
