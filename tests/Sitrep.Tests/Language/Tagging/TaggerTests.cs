using Sitrep.Documents;
using Sitrep.Language.Features;
using Sitrep.Language.Lemmatization;
using Sitrep.Language.Perceptron;
using Sitrep.Language.Tagging;

namespace Sitrep.Tests.Language.Tagging;

public sealed class TaggerTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("sitrep-tagger-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static Tagger Train(int seed) => TaggerTrainer.Train(TinyTreebank.Sentences(), null, new TrainingOptions { Epochs = 5, Seed = seed });

    [Fact]
    public void Training_twice_with_one_seed_gives_byte_identical_models()
    {
        string a = Path.Combine(_dir, "a.bin"), b = Path.Combine(_dir, "b.bin");
        Train(7).Save(a);
        Train(7).Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Learns_the_training_sentences_and_reloads_to_the_same_predictions()
    {
        var tagger = Train(1);
        var path = Path.Combine(_dir, "t.bin");
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
        var doc = new Doc("Police arrested two men. The talks failed.");
        doc.SetTokens([0, 7, 16, 20, 23, 25, 29, 35, 41], [6, 15, 19, 23, 24, 28, 34, 41, 42]);
        doc.SetSentenceStarts([5]);
        stage.Process(doc);
        Assert.Equal([UPos.NOUN, UPos.VERB, UPos.NUM, UPos.NOUN, UPos.PUNCT, UPos.DET, UPos.NOUN, UPos.VERB, UPos.PUNCT], doc.Upos);
        Assert.Equal("police arrest two man . the talk fail .", string.Join(" ", doc.Lemma));
        Assert.Equal("VBD", doc.Xpos[7]);
    }
}
