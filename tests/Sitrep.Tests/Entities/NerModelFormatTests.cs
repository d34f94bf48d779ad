using Sitrep.Entities.Recognition;
using Sitrep.Pipeline;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Entities;

namespace Sitrep.Tests.Entities;

public sealed class NerModelFormatTests
{
    static readonly string Models = new AnalyzerOptions().ModelsDirectory;

    static readonly string[] Sentences =
    [
        "The Red Cross sent aid to Lima on Monday .",
        "Maria Lopez told Reuters that Chilean police arrested two men in Santiago .",
        "The United Nations envoy met officials of the European Union in Geneva .",
    ];

    [SkippableFact]
    public void A_gzip_format_4_model_loads_and_tags_as_its_resave_in_the_model_file_container()
    {
        var shipped = NerStage.ModelPath(Models);
        Skip.IfNot(File.Exists(shipped) && NerModelFormat4.Recognises(shipped), $"{shipped} is absent or not a format-4 (gzip) file");
        var old = NerModel.Load(shipped);
        Assert.True(old.Success, old.Error);
        var path = Path.GetTempFileName();
        try
        {
            old.Model!.Save(path);
            Assert.False(NerModelFormat4.Recognises(path));
            var resaved = NerModel.Load(path);
            Assert.True(resaved.Success, resaved.Error);
            Assert.Equal((old.Model.FeatureCount, old.Model.UsesViterbi, old.Model.Extras), (resaved.Model!.FeatureCount, resaved.Model.UsesViterbi, resaved.Model.Extras));
            var pos = NerPosTagging.For(old.Model, Models, out _);
            foreach (var sentence in Sentences)
                Assert.Equal(Tags(old.Model, sentence, pos), Tags(resaved.Model, sentence, pos));
        }
        finally { File.Delete(path); }
    }

    static string[] Tags(NerModel model, string sentence, NerPosTagging? pos)
    {
        var doc = NerEvaluator.ToDoc(sentence.Split(' '));
        pos?.Tag(doc);
        new NerTagger(model, Support.TestAnalyzer.Lexicon).Tag(doc);
        return [.. doc.EntitySpans.Select(s => $"{s.Label}:{s.TextString}")];
    }
}
