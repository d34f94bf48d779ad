using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Language.Clusters;
using Sitrep.Language.Features;
using Sitrep.Learning;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Entities;

namespace Sitrep.Tests.Entities;

public class NerModelTests
{
    static readonly ActorLexicon Lexicon = Support.TestAnalyzer.Lexicon;

    static NerSentence S(string text, params (string Type, int Start, int End)[] spans) =>
        new(text.Split(' '), [.. spans.Select(x => new NerSpan(x.Type, x.Start, x.End))]);

    static readonly NerSentence[] Tiny =
    [
        S("Maria Lopez visited Lima on Monday .", ("PER", 0, 2), ("GPE", 3, 4)),
        S("The Red Cross sent aid to Lima .", ("ORG", 1, 3), ("GPE", 6, 7)),
        S("Peter Novak left Prague .", ("PER", 0, 2), ("GPE", 3, 4)),
        S("Officials in Prague thanked the Red Cross .", ("GPE", 2, 3), ("ORG", 5, 7)),
        S("Chilean police arrested Peter Novak .", ("NORP", 0, 1), ("PER", 3, 5)),
    ];

    static NerModel Train(int seed = 1) =>
        new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 5, Seed = seed, MinFeatureCount = 1 }).Train(Tiny);

    static string[] Predict(NerModel model, string sentence)
    {
        var doc = NerEvaluator.ToDoc(sentence.Split(' '));
        new NerTagger(model, Lexicon).Tag(doc);
        return [.. doc.EntitySpans.Select(s => $"{s.Label}:{s.TextString}")];
    }

    static void AssertSamePredictions(NerModel expected, NerModel actual)
    {
        foreach (var s in Tiny)
        {
            var text = string.Join(' ', s.Words);
            Assert.Equal(Predict(expected, text), Predict(actual, text));
        }
    }

    [Fact]
    public void Learns_the_tiny_training_set()
    {
        var model = Train();
        Assert.Equal(["PER:Maria Lopez", "GPE:Lima"], Predict(model, "Maria Lopez visited Lima on Monday ."));
        Assert.Equal(["ORG:Red Cross", "GPE:Lima"], Predict(model, "The Red Cross sent aid to Lima ."));
    }

    [Fact]
    public void Training_is_deterministic_and_saving_then_loading_keeps_every_prediction()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-ner-");
        try
        {
            string a = Path.Combine(dir.FullName, "a.bin"), b = Path.Combine(dir.FullName, "b.bin");
            var first = Train();
            first.Save(a);
            Train().Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var loaded = NerModel.Load(a);
            Assert.True(loaded.Success, loaded.Error);
            AssertSamePredictions(first, loaded.Model!);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Viterbi_training_learns_the_tiny_set_and_the_decoder_survives_saving()
    {
        var model = new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 5, MinFeatureCount = 1, Viterbi = true }).Train(Tiny);
        Assert.True(model.UsesViterbi);
        Assert.Equal(["ORG:Red Cross", "GPE:Lima"], Predict(model, "The Red Cross sent aid to Lima ."));
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.True(loaded.Success, loaded.Error);
            Assert.True(loaded.Model!.UsesViterbi);
            Assert.Equal(Predict(model, "Peter Novak left Prague ."), Predict(loaded.Model, "Peter Novak left Prague ."));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Averaging_a_model_with_itself_changes_nothing_and_members_are_the_average_of_their_seeds()
    {
        var model = Train();
        var self = NerModel.Average([model, model], 0.01f);
        Assert.Equal(model.FeatureCount, self.FeatureCount);
        AssertSamePredictions(model, self);
        var dir = Directory.CreateTempSubdirectory("sitrep-ner-");
        try
        {
            string members = Path.Combine(dir.FullName, "members.bin"), averaged = Path.Combine(dir.FullName, "averaged.bin");
            new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 5, Seed = 1, MinFeatureCount = 1, Members = 2 }).Train(Tiny).Save(members);
            NerModel.Average([Train(1), Train(2)], new NerTrainOptions().PruneBelow).Save(averaged);
            Assert.Equal(File.ReadAllBytes(averaged), File.ReadAllBytes(members));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_cluster_model_carries_its_clusters_through_saving()
    {
        var clusters = EmbeddedClusters.FromFile(WordClusters.DefaultPath(Sitrep.DefaultLocations.Models));
        var model = new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 3, MinFeatureCount = 1, Viterbi = true }, clusters).Train(Tiny);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.True(loaded.Success, loaded.Error);
            Assert.Equal(clusters.Clusters.Words, loaded.Model!.Clusters!.Clusters.Words);
            AssertSamePredictions(model, loaded.Model);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Models_trained_with_different_settings_are_not_averaged()
    {
        var viterbi = new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 1, MinFeatureCount = 1, Viterbi = true }).Train(Tiny);
        Assert.Throws<ArgumentException>(() => NerModel.Average([Train(), viterbi], 0.01f));
    }

    [Fact]
    public void Viterbi_finds_the_best_legal_path_not_the_greedy_one()
    {
        // Token 0 prefers B-PER alone, but no legal continuation pays for it: the best whole path is O O.
        int bPer = NerLabels.Tag(0, NerLabels.Begin), lPer = NerLabels.Tag(0, NerLabels.Last);
        var tags = new int[2];
        ViterbiDecoder.Decode(2, NerLabels.Scheme,
            (i, scores) => { if (i == 0) scores[bPer] = 2; else { scores[0] = 3; scores[lPer] = -5; } },
            (i, prev, scores) => { }, tags, NerLabels.TagCount);
        Assert.Equal([0, 0], tags);
    }

    [Fact]
    public void A_file_that_is_not_a_model_gives_one_line_naming_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var load = NerModel.Load(path);
            Assert.False(load.Success);
            Assert.Contains(path, load.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Silver_spans_are_gold_proper_noun_runs_typed_by_the_teacher()
    {
        string[] rows = ["Maria\tPROPN", "Lopez\tPROPN", "visited\tVERB", "Lima\tPROPN", "on\tADP", "Monday\tPROPN", ".\tPUNCT"];
        var conllu = "# text = Maria Lopez visited Lima on Monday .\n" + string.Concat(rows.Select((r, i) =>
        {
            var (form, upos) = (r.Split('\t')[0], r.Split('\t')[1]);
            return $"{i + 1}\t{form}\t{form}\t{upos}\t_\t_\t0\t_\t_\t_\n";
        })) + "\n";
        var path = Path.GetTempFileName() + ".conllu";
        try
        {
            File.WriteAllText(path, conllu);
            var silver = SilverUdReader.Read(path, new NerTagger(Train(), Lexicon), Lexicon);
            // "Monday" is a proper noun the teacher leaves untagged and no gazetteer lists: the sentence is left out.
            Assert.Empty(silver);
            File.WriteAllText(path, conllu.Replace("Monday\tMonday\tPROPN", "Monday\tMonday\tNOUN"));
            var sentence = Assert.Single(SilverUdReader.Read(path, new NerTagger(Train(), Lexicon), Lexicon));
            Assert.Equal([new NerSpan("PER", 0, 2), new NerSpan("GPE", 3, 4)], sentence.Spans);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(new[] { "B-PER", "I-PER", "O", "I-LOC" }, "PER:0-2 LOC:3-4")]
    [InlineData(new[] { "I-ORG", "I-ORG", "B-ORG", "O" }, "ORG:0-2 ORG:2-3")]
    public void Iob1_and_iob2_tags_give_the_same_spans(string[] tags, string expected)
    {
        var spans = NerCorpusReader.SpansFromIob(tags, t => t);
        Assert.Equal(expected, string.Join(' ', spans.Select(s => $"{s.Type}:{s.Start}-{s.End}")));
    }

    [Fact]
    public void Bilou_round_trip()
    {
        var spans = new List<(int, int, int)> { (0, 0, 2), (2, 3, 4), (1, 5, 8) };
        Assert.Equal(spans, NerLabels.ToSpans(NerLabels.FromSpans(8, spans)));
    }
}
