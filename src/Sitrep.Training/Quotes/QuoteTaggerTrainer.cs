using Sitrep.Learning;
using Sitrep.Training.Learning;
using Sitrep.Quotes.Learned;

namespace Sitrep.Training.Quotes;

/// <summary>
/// Averaged perceptron training of <see cref="QuoteTagger"/>, greedy with its own predicted history.
/// Paragraph order is shuffled per epoch from a fixed seed, so reruns give the same model.
/// </summary>
internal static class QuoteTaggerTrainer
{
    /// <summary>A static feature seen fewer times than this in the training data gets no weight.</summary>
    public const int MinFrequency = 2;
    /// <summary>Averaged weights smaller than this are dropped when the model is frozen.</summary>
    public const float MinWeight = 0.05f;

    public static QuoteTagger Train(IReadOnlyList<TaggedExample> examples, int epochs, int seed, bool backward = false, Action<int, double>? progress = null)
    {
        if (backward)
            examples = [.. examples.Select(e => { var r = e.Input.Reversed(); return new TaggedExample(r, e.Input.ReverseLabels(e.Gold)); })];
        var units = examples.SelectMany((e, d) => e.Input.Paragraphs.Select(p => (Doc: d, p.Start, p.End))).ToArray();
        var rng = new Random(seed);
        var counts = new FeatureCounts();
        foreach (var ex in examples)
            foreach (var fs in ex.Input.Features) counts.Add(fs);
        var frequent = counts.AtLeast(MinFrequency);
        var perceptron = new AveragedPerceptron(RoleLabels.Count);
        var scores = new float[RoleLabels.Count];
        var dynamic = new ulong[DynamicFeatures.Count];
        perceptron.Tick();   // updates count from step 1, so the average also weighs the final weights once
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(units);
            long correct = 0, seen = 0;
            foreach (var (d, start, end) in units)
            {
                var ex = examples[d];
                var predicted = new byte[ex.Gold.Length];
                for (int i = start; i < end; i++)
                {
                    DynamicFeatures.Fill(dynamic, predicted, ex.Input, start, i);
                    perceptron.Score(ex.Input.Features[i], scores);
                    perceptron.AddScores(dynamic, scores);
                    int previous = i > start ? predicted[i - 1] : -1;
                    int guess = GreedyDecoder.Best(scores, RoleLabels.Scheme, previous, last: false);
                    // Dynamic oracle: after a missed B-X the best reachable label for gold I-X is B-X.
                    int gold = ex.Gold[i];
                    if (!RoleLabels.Scheme.CanFollow(previous, gold)) gold--;
                    if (guess != gold)
                    {
                        perceptron.Update(ex.Input.Features[i], gold, guess, frequent);
                        perceptron.Update(dynamic, gold, guess);
                    }
                    else correct++;
                    predicted[i] = (byte)guess;
                    seen++;
                    perceptron.Tick();
                }
            }
            progress?.Invoke(epoch + 1, (double)correct / Math.Max(1, seen));
        }
        return new QuoteTagger(perceptron.Freeze(MinWeight), backward);
    }
}
