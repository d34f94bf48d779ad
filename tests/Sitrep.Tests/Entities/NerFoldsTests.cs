using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Training.Entities;

namespace Sitrep.Tests.Entities;

public class NerFoldsTests
{
    static NerSentence S(string text, bool documentStart) => new(text.Split(' '), []) { DocumentStart = documentStart };

    static readonly NerSentence[] Corpus =
    [
        S("a1", true), S("a2", false), S("b1", true), S("c1", true), S("c2", false), S("c3", false), S("d1", true),
    ];

    [Fact]
    public void Held_out_fold_and_training_part_split_by_whole_documents()
    {
        var folds = NerFolds.Parse("1/3", out var error)!.Value;
        Assert.Null(error);
        var held = folds.Select(Corpus, heldOut: true).Select(s => s.Words[0]);
        var rest = folds.Select(Corpus, heldOut: false).Select(s => s.Words[0]);
        Assert.Equal(["b1"], held);
        Assert.Equal(["a1", "a2", "c1", "c2", "c3", "d1"], rest);
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("0/1")]
    [InlineData("x")]
    public void A_bad_fold_gives_one_line_naming_the_option(string text)
    {
        Assert.Null(NerFolds.Parse(text, out var error));
        Assert.StartsWith("--hold-out", error);
    }

    [Fact]
    public void A_model_trained_with_pos_remembers_it_and_reads_the_tags()
    {
        NerSentence[] tiny =
        [
            new("Maria Lopez visited Lima .".Split(' '), [new NerSpan("PER", 0, 2), new NerSpan("GPE", 3, 4)]),
            new("Peter Novak left Prague .".Split(' '), [new NerSpan("PER", 0, 2), new NerSpan("GPE", 3, 4)]),
        ];
        // A stand-in tagger: capitalised words are proper nouns.
        UPos[] Tags(string text, int[] starts, int[] ends) =>
            [.. starts.Select((s, i) => char.IsUpper(text[s]) ? UPos.PROPN : ends[i] - s == 1 ? UPos.PUNCT : UPos.VERB)];
        var model = new NerTrainer(Support.TestAnalyzer.Lexicon, new NerTrainOptions { Epochs = 3, MinFeatureCount = 1 }).Train(tiny, posTagger: Tags);
        Assert.True(model.UsesPos);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.True(loaded.Success, loaded.Error);
            Assert.True(loaded.Model!.UsesPos);
        }
        finally { File.Delete(path); }
    }
}
