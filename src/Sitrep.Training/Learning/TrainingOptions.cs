using Sitrep.Learning;

namespace Sitrep.Training.Learning;

/// <summary>Settings shared by the perceptron trainers. The seed fixes the shuffling, so reruns give identical models.</summary>
internal sealed record TrainingOptions
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;
    /// <summary>Averaged weights smaller than this in magnitude are dropped when a model is frozen (smaller, faster models).</summary>
    public float MinWeight { get; init; } = 1e-4f;
    /// <summary>Receives one line per epoch (scores, time).</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>A permutation of 0..n-1 drawn from <paramref name="random"/> (Fisher–Yates).</summary>
    public static int[] Shuffle(int n, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
