using Sitrep.Learning;
using Sitrep.Training.Learning;
using Sitrep.Tests.Language;

namespace Sitrep.Tests.Learning;

public sealed class ModelImageCacheTests : TempFolderTest
{
    static (PerceptronModel Model, ulong[] Features) TrainedModel()
    {
        // Frequent features get long rows (dense and overflow), rare ones short inline rows.
        var random = new Random(11);
        var p = new AveragedPerceptron(classCount: 40);
        var features = Enumerable.Range(0, 60).Select(i => FeatureHash.Of($"f{i}")).ToArray();
        for (int step = 0; step < 5000; step++)
        {
            ulong[] f = [features[random.Next(5)], features[5 + random.Next(50)]];
            p.Update(f, random.Next(40), random.Next(40));
            p.Tick();
        }
        return (p.Freeze(), [.. features, FeatureHash.Of("never seen")]);
    }

    sealed record Loaded(PerceptronModel Model, string After);

    static Loaded Load(string path, string cache) =>
        ModelFile.Load(path, "test", 1, r =>
        {
            Assert.Equal("before", r.ReadString());
            var model = PerceptronModel.Read(r);
            return new Loaded(model, r.ReadString());
        }, cache).GetValueOrThrow();

    static float[] Scores(PerceptronModel model, ulong[] features)
    {
        var scores = new float[model.ClassCount];
        model.Score(features, scores);
        return scores;
    }

    [Fact]
    public void A_cached_table_scores_as_the_parsed_one_and_the_payload_after_it_still_reads()
    {
        var (model, features) = TrainedModel();
        var path = Path.Combine(Dir, "model.bin");
        ModelFile.Save(path, "test", 1, w => { w.Write("before"); model.Write(w); w.Write("after"); });
        var cache = Path.Combine(Dir, "cache");

        var first = Load(path, cache);
        var table = Assert.Single(Directory.GetFiles(Path.Combine(cache, "models"), "*.table"));
        var second = Load(path, cache);

        Assert.Equal("after", first.After);
        Assert.Equal("after", second.After);
        Assert.Equal(Scores(model, features), Scores(second.Model, features));
        Assert.Equal((model.FeatureCount, model.EntryCount), (second.Model.FeatureCount, second.Model.EntryCount));
        foreach (var f in features)
            Assert.Equal(Scores(model, [f]), Scores(second.Model, [f]));

        // A damaged table is not used: the rows are parsed again.
        File.WriteAllBytes(table, File.ReadAllBytes(table)[..5000]);
        var third = Load(path, cache);
        Assert.Equal("after", third.After);
        Assert.Equal(Scores(model, features), Scores(third.Model, features));
    }

    [Fact]
    public void Another_model_file_never_meets_the_first_ones_table()
    {
        var (model, features) = TrainedModel();
        var cache = Path.Combine(Dir, "cache");
        var a = Path.Combine(Dir, "a.bin");
        var b = Path.Combine(Dir, "b.bin");
        ModelFile.Save(a, "test", 1, w => { w.Write("before"); model.Write(w); w.Write("after"); });
        var pruned = model.Pruned(0.5f);
        ModelFile.Save(b, "test", 1, w => { w.Write("before"); pruned.Write(w); w.Write("after"); });

        Load(a, cache);
        var fromB = Load(b, cache).Model;

        Assert.Equal(2, Directory.GetFiles(Path.Combine(cache, "models"), "*.table").Length);
        Assert.Equal(Scores(pruned, features), Scores(fromB, features));
        Assert.NotEqual(Scores(model, features), Scores(fromB, features));
    }
}
