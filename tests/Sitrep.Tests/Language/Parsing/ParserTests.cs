using Sitrep.Documents;
using Sitrep.Language.Features;
using Sitrep.Language.Lemmatization;
using Sitrep.Language.Parsing;
using Sitrep.Learning;
using Sitrep.Language.Tagging;
using Sitrep.Training.Language;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Language.Parsing;

public sealed class ParserTests : TempFolderTest
{
    static Parser Train(int seed) => ParserTrainer.Train(
        [.. TinyTreebank.Sentences().Select(s => ParserTrainer.Prepare(s, null))], null, null, new TrainingOptions { Epochs = 8, Seed = seed });

    [Fact]
    public void Training_twice_with_one_seed_gives_byte_identical_models()
        => AssertTrainsIdentically(path => Train(3).Save(path));

    [Fact]
    public void Saved_and_reloaded_parser_parses_the_same_and_fits_its_training_trees()
    {
        var parser = Train(1);
        var path = Path.Combine(Dir, "p.bin");
        parser.Save(path);
        var reloaded = Parser.Load(path).GetValueOrThrow();
        var sentences = TinyTreebank.Sentences();
        Assert.Equal(ParserTrainer.Evaluate(parser, sentences, null), ParserTrainer.Evaluate(reloaded, sentences, null));
        Assert.Equal((1.0, 1.0), ParserTrainer.Evaluate(parser, sentences, null));
    }

    [Fact]
    public void Word_clusters_are_saved_inside_the_parser_and_reloaded_with_it()
    {
        var clustersPath = Path.Combine(Dir, "clusters.bin");
        Sitrep.Language.Clusters.ClusterModelFormat.Save(clustersPath, ["rebels", "soldiers", "attacked", "walked", "town", "border"], [0, 0, 1, 1, 2, 2], ["00", "01", "10"]);
        var clusters = EmbeddedClusters.FromFile(clustersPath);
        var parser = ParserTrainer.Train([.. TinyTreebank.Sentences().Select(s => ParserTrainer.Prepare(s, null))], null, null, new TrainingOptions { Epochs = 8, Seed = 1 }, clusters);
        var path = Path.Combine(Dir, "p.bin");
        parser.Save(path);
        File.Delete(clustersPath);   // the parser no longer needs the clusters file
        var reloaded = Parser.Load(path).GetValueOrThrow();
        Assert.Equal("01", reloaded.Clusters!.Clusters.PathOf("Walked"));
        var sentences = TinyTreebank.Sentences();
        Assert.Equal(ParserTrainer.Evaluate(parser, sentences, null), ParserTrainer.Evaluate(reloaded, sentences, null));
        Assert.Equal(ParserFeaturesWith(parser), ParserFeaturesWith(reloaded));
    }

    [Fact]
    public void Picking_the_action_from_scoring_order_scores_agrees_with_action_order_ties_included()
    {
        const int labels = 5;
        var rank = Parser.ScoringRank(labels);
        Assert.Equal(Enumerable.Range(0, rank.Length), rank.Order());
        var random = new Random(3);
        var state = new ParserState();
        int checkedStates = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            state.Reset(4);
            for (int step = random.Next(4); step > 0 && !state.IsTerminal; step--)   // reach varied states
                ArcEager.Apply(state, state.StackSize == 0 ? ArcEager.Shift : Parser.BestValid(state, RandomScores(random, rank.Length)));
            if (state.IsTerminal || state.StackSize == 0) continue;
            var scores = RandomScores(random, rank.Length);
            var ranked = new float[rank.Length];
            for (int a = 0; a < rank.Length; a++) ranked[rank[a]] = scores[a];
            Assert.Equal(Parser.BestValid(state, scores), Parser.BestValidRanked(state, ranked, labels));
            checkedStates++;
        }
        Assert.True(checkedStates > 100);
    }

    // Few distinct values, so ties are common.
    static float[] RandomScores(Random random, int n) => [.. Enumerable.Range(0, n).Select(_ => (float)random.Next(3))];

    static string ParserFeaturesWith(Parser p) => $"{p.FeatureCount}/{p.EntryCount}/{p.Clusters is not null}";

    [Fact]
    public void Stage_gives_every_token_a_head_and_relation_with_one_root_per_sentence()
    {
        var sentences = TinyTreebank.Sentences();
        var doc = new Doc("Rebels attacked the town. Soldiers walked to the border.");
        doc.SetTokens([0, 7, 16, 20, 24, 26, 35, 42, 45, 49, 55], [6, 15, 19, 24, 25, 34, 41, 44, 48, 55, 56]);
        doc.SetSentenceStarts([5]);
        new TaggerStage(TaggerTrainer.Train(sentences, null, new TrainingOptions { Epochs = 5 }), LemmatizerTrainer.Train(sentences)).Process(doc);
        new ParserStage(Train(1)).Process(doc);
        Assert.Equal([1, -1, 3, 1, 1, 6, -1, 9, 9, 6, 6], doc.Head);
        // Relations of this tiny model may be off ("town" never ended a sentence in training); the roots may not.
        Assert.All(doc.Deprel, Assert.NotNull);
        Assert.Equal("root root", doc.Deprel[1] + " " + doc.Deprel[6]);
        Assert.Equal("nsubj", doc.Deprel[5]);
    }
}
