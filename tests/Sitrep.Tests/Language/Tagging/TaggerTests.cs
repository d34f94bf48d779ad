using Sitrep.Documents;
using Sitrep.Language.Features;
using Sitrep.Language.Lemmatization;
using Sitrep.Language.Perceptron;
using Sitrep.Language.Tagging;

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
            var text = SentenceText.From(s);
            int[] first = new int[text.Count], second = new int[text.Count];
            tagger.Tag(text.Text, text.Starts, text.Ends, first);
            reloaded.Tag(text.Text, text.Starts, text.Ends, second);
            Assert.Equal(first, second);
            Assert.Equal(s.Words.Select(w => w.Upos), first.Select(c => tagger.Upos[c].Name()));
            Assert.Equal(s.Words.Select(w => w.Xpos), first.Select(c => tagger.Xpos[c]));
        }
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
