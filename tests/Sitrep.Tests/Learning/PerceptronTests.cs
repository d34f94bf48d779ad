using Sitrep.Learning;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Learning;

public class PerceptronTests
{
    static readonly ulong Red = FeatureHash.Of("red"), Round = FeatureHash.Of("round"), Long = FeatureHash.Of("long");

    [Fact]
    public void Learns_separable_classes_and_drops_features_that_never_mattered()
    {
        var p = new AveragedPerceptron(classCount: 2);
        var scores = new float[2];
        (ulong[] Features, int Class)[] data = [([Red, Round], 0), ([Long], 1), ([Round], 0), ([Long, Red], 1)];
        for (int epoch = 0; epoch < 5; epoch++)
            foreach (var (f, c) in data)
            {
                p.Score(f, scores);
                p.Update(f, c, PerceptronModel.ArgMax(scores));
                p.Tick();
            }
        var model = p.Freeze();
        foreach (var (f, c) in data)
        {
            model.Score(f, scores);
            Assert.Equal(c, PerceptronModel.ArgMax(scores));
        }
        Assert.True(model.FeatureCount <= 3);
    }

    [Fact]
    public void Pruning_a_frozen_model_equals_freezing_with_the_same_threshold()
    {
        var p = new AveragedPerceptron(classCount: 3);
        var features = new[] { Red, Round, Long };
        for (int i = 0; i < 12; i++)
        {
            p.Update([features[i % 3], features[(i + 1) % 3]], i % 3, (i + 1) % 3);
            for (int t = 0; t <= i % 4; t++) p.Tick();
        }
        p.Update([FeatureHash.Of("late")], 0, 2);   // a feature first seen at the end: its average is small
        p.Tick();
        static byte[] Bytes(PerceptronModel m)
        {
            var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream)) m.Write(w);
            return stream.ToArray();
        }
        var pruned = p.Freeze().Pruned(0.3f);
        Assert.True(pruned.EntryCount < p.Freeze().EntryCount);
        Assert.Equal(Bytes(p.Freeze(0.3f)), Bytes(pruned));
    }

    [Fact]
    public void Averaging_weights_each_value_by_how_long_it_lasted()
    {
        var p = new AveragedPerceptron(classCount: 2);
        p.Update([Red], 1, 0);   // weight +1 for class 1 from step 0
        for (int i = 0; i < 4; i++) p.Tick();
        p.Update([Red], 0, 1);   // back to 0 after 4 of 8 steps
        for (int i = 0; i < 4; i++) p.Tick();
        var scores = new float[2];
        p.Freeze().Score([Red], scores);
        Assert.Equal(0.5f, scores[1]);
        Assert.Equal(-0.5f, scores[0]);
    }

    [Fact]
    public void Scoring_a_prefix_of_the_classes_gives_those_classes_the_full_scores()
    {
        // Rows long enough to be stored densely (all 40 classes) and short sparse rows, in one model.
        var random = new Random(7);
        var p = new AveragedPerceptron(classCount: 40);
        var features = Enumerable.Range(0, 35).Select(i => FeatureHash.Of($"f{i}")).ToArray();
        for (int i = 30; i < 35; i++) { p.Update([features[i]], i - 30, 39 - i); p.Tick(); }   // rare: short inline rows
        for (int step = 0; step < 4000; step++)
        {
            ulong[] f = [features[random.Next(5)], features[5 + random.Next(25)]];   // the first five are frequent
            p.Update(f, random.Next(40), random.Next(40));
            p.Tick();
        }
        var model = p.Freeze();
        var full = new float[40];
        model.Score(features, full);
        Assert.Contains(full, s => s != 0);
        foreach (int prefix in new[] { 1, 17, 33, 40 })
        {
            var part = new float[prefix];
            model.Score(features, part);
            Assert.Equal(full[..prefix], part);
        }
        Assert.Throws<ArgumentException>(() => model.Score(features, new float[41]));
    }

    [Fact]
    public void Widening_half_bits_by_shift_and_scale_is_exact_for_every_finite_half()
    {
        for (int bits = 0; bits < 1 << 16; bits++)
        {
            var half = BitConverter.UInt16BitsToHalf((ushort)bits);
            if (!Half.IsFinite(half)) continue;
            Assert.Equal(BitConverter.SingleToInt32Bits((float)half), BitConverter.SingleToInt32Bits(PerceptronModel.HalfToSingle((short)bits)));
        }
    }

    [Fact]
    public void Hashes_are_stable_across_processes()
    {
        // A fixed value: a model trained in one process must mean the same in another (no randomised string hashing).
        Assert.Equal(7950026730662073011UL, FeatureHash.Of("sitrep"));
        Assert.Equal(FeatureHash.Of("a\tb"), FeatureHash.Of("a", '\t', "b"));
        Assert.Equal(FeatureHash.OfLower("MiXeD"), FeatureHash.Of("mixed"));
        Assert.NotEqual(FeatureHash.Mix(1, 2), FeatureHash.Mix(2, 1));
    }
}
