using Sitrep.Documents;
using Sitrep.Language.Features;
using Sitrep.Language.Lemmatization;
using Sitrep.Learning;
using Sitrep.Language.Tagging;
using Sitrep.Training.Language;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Language.Tagging;

public sealed class TaggerTests : TempFolderTest
{
    static Tagger Train(int seed) => TaggerTrainer.Train(TinyTreebank.Sentences(), null, new TrainingOptions { Epochs = 5, Seed = seed });

    [Fact]
    public void Training_twice_with_one_seed_gives_byte_identical_models()
        => AssertTrainsIdentically(path => Train(7).Save(path));

    [Fact]
    public void Learns_the_training_sentences_and_reloads_to_the_same_predictions()
    {
        var tagger = Train(1);
        var path = Path.Combine(Dir, "t.bin");
        tagger.Save(path);
        var reloaded = Tagger.Load(path).GetValueOrThrow();
        foreach (var s in TinyTreebank.Sentences())
        {
            var text = s.WordText();
            int[] first = new int[text.Count], second = new int[text.Count];
            tagger.Tag(text.Text, text.Starts, text.Ends, first);
            reloaded.Tag(text.Text, text.Starts, text.Ends, second);
            Assert.Equal(first, second);
            Assert.Equal(s.Words.Select(w => w.Upos), first.Select(c => tagger.Upos[c].Name()));
            Assert.Equal(s.Words.Select(w => w.Xpos), first.Select(c => tagger.Xpos[c]));
        }
    }

    [Fact]
    public void Word_memos_write_what_the_dictionary_lexicon_and_cluster_fills_write()
    {
        var clustersPath = Path.Combine(Dir, "clusters.bin");
        Sitrep.Language.Clusters.ClusterModelFormat.Save(clustersPath, ["rebels", "cities", "tried"], [0, 1, 1], ["0110", "10"]);
        var tagger = new Tagger(["NOUN\tNNS"], new TagDictionary(new() { ["rebels"] = 11, ["the"] = 12 }),
            new WordNetLexicon(new() { ["city"] = WordNetLexicon.Noun, ["try"] = WordNetLexicon.Verb, ["rebel"] = WordNetLexicon.Noun }),
            new AveragedPerceptron(1).Freeze(), EmbeddedClusters.FromFile(clustersPath));
        // Repeats (in other cases), a word longer than the lookups take, an unknown word, suffix stems.
        var words = new[] { "Rebels", "tried", "the", "cities", new string('x', 70), "zzz", "rebels", "THE", "Cities" };
        var text = string.Join(' ', words);
        var starts = new int[words.Length];
        var ends = new int[words.Length];
        for (int i = 0, at = 0; i < words.Length; at += words[i++].Length + 1) { starts[i] = at; ends[i] = at + words[i].Length; }
        var values = new WordValues();
        values.Fill(text, starts, ends);
        int size = words.Length + 2 * WordValues.Padding;
        ulong[] amb = new ulong[size], wn = new ulong[size];
        var clusters = TaggerFeatures.ClusterPrefixes.Select(_ => new ulong[size]).ToArray();
        tagger.Dictionary.Fill(text, starts, ends, amb);
        tagger.Lexicon.Fill(text, starts, ends, wn);
        EmbeddedClusters.Fill(tagger.Clusters!.Clusters, TaggerFeatures.ClusterPrefixes, text, starts, ends, values.Form, clusters);

        var memo = tagger.NewMemo();
        for (int pass = 0; pass < 2; pass++)   // the second pass reads every word from the memo
        {
            ulong[] memoAmb = new ulong[size], memoWn = new ulong[size];
            var memoClusters = TaggerFeatures.ClusterPrefixes.Select(_ => new ulong[size]).ToArray();
            Tagger.FillLookedUp(memo, text, starts, ends, values.Form, memoAmb, memoWn, memoClusters);
            Assert.Equal(amb, memoAmb);
            Assert.Equal(wn, memoWn);
            for (int k = 0; k < clusters.Length; k++) Assert.Equal(clusters[k], memoClusters[k]);
        }
        var clusterMemo = EmbeddedClusters.Memo(tagger.Clusters.Clusters, TaggerFeatures.ClusterPrefixes);
        for (int pass = 0; pass < 2; pass++)
        {
            var memoClusters = TaggerFeatures.ClusterPrefixes.Select(_ => new ulong[size]).ToArray();
            EmbeddedClusters.Fill(tagger.Clusters.Clusters, TaggerFeatures.ClusterPrefixes, text, starts, ends, values.Form, memoClusters, clusterMemo);
            for (int k = 0; k < clusters.Length; k++) Assert.Equal(clusters[k], memoClusters[k]);
        }
        Assert.Equal(3, amb.Distinct().Count());   // rebels, the, unknown: the test reaches each case
        Assert.True(wn.Distinct().Count() >= 3);
    }

    [Fact]
    public void Stage_tags_and_lemmatises_each_sentence_of_a_document()
    {
        var sentences = TinyTreebank.Sentences();
        var stage = new TaggerStage(Train(1), LemmatizerTrainer.Train(sentences));
        var doc = new Doc("Police arrested two men in Kabul. The talks failed.");
        doc.SetTokens([0, 7, 16, 20, 24, 27, 32, 34, 38, 44, 50], [6, 15, 19, 23, 26, 32, 33, 37, 43, 50, 51]);
        doc.SetSentenceStarts([7]);
        stage.Process(doc);
        Assert.Equal([UPos.NOUN, UPos.VERB, UPos.NUM, UPos.NOUN, UPos.ADP, UPos.PROPN, UPos.PUNCT, UPos.DET, UPos.NOUN, UPos.VERB, UPos.PUNCT], doc.Upos);
        Assert.Equal("police arrest two man in Kabul . the talk fail .", string.Join(" ", doc.Lemma));
        Assert.Equal("VBD", doc.Xpos[9]);
    }
}
