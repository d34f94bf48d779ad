using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Entities;

namespace Sitrep.Tests.Entities;

public class NerDocumentConsistencyTests
{
    static Sitrep.Documents.Doc Doc(params string[] sentences)
    {
        var gold = sentences.Select((s, i) => new NerSentence(s.Split(' '), []) { DocumentStart = i == 0 }).ToList();
        return NerEvaluator.ToDoc(gold);
    }

    static void Tag(Sitrep.Documents.Doc doc, int start, int end, string type)
    {
        for (int t = start; t < end; t++) { doc.EntityIob[t] = t == start ? (byte)1 : (byte)2; doc.EntityType[t] = type; }
    }

    static string[] Spans(Sitrep.Documents.Doc doc) => [.. doc.EntitySpans.Select(s => $"{s.Label}:{s.TextString}:{s.StartToken}")];

    [Fact]
    public void Repeated_name_takes_the_majority_type()
    {
        var doc = Doc("Iguazu is big .", "I saw Iguazu .", "Iguazu is in Argentina .");
        Tag(doc, 0, 1, "PER"); Tag(doc, 6, 7, "GPE"); Tag(doc, 8, 9, "GPE"); Tag(doc, 11, 12, "GPE");
        NerDocumentConsistency.Apply(doc, unifyTypes: true, propagate: false);
        Assert.Equal(["GPE:Iguazu:0", "GPE:Iguazu:6", "GPE:Iguazu:8", "GPE:Argentina:11"], Spans(doc));
    }

    [Fact]
    public void A_tie_keeps_each_mention_type()
    {
        var doc = Doc("Jordan left .", "Jordan won .");
        Tag(doc, 0, 1, "PER"); Tag(doc, 3, 4, "GPE");
        NerDocumentConsistency.Apply(doc, unifyTypes: true, propagate: false);
        Assert.Equal(["PER:Jordan:0", "GPE:Jordan:3"], Spans(doc));
    }

    [Fact]
    public void Capitalised_repeats_of_a_found_name_are_tagged_but_not_lower_case_words()
    {
        var doc = Doc("Greater Noida is near Delhi .", "Buses run to Greater Noida and greater noida .");
        Tag(doc, 0, 2, "GPE");
        NerDocumentConsistency.Apply(doc, unifyTypes: false, propagate: true);
        Assert.Equal(["GPE:Greater Noida:0", "GPE:Greater Noida:9"], Spans(doc));
    }

    [Fact]
    public void Model_records_the_extra_feature_set()
    {
        NerSentence[] tiny = [new("Acme Corp hired Maria Lopez .".Split(' '), [new("ORG", 0, 2), new("PER", 3, 5)])];
        var extras = NerExtraFeatures.CueWords | NerExtraFeatures.KnownOrgs | NerExtraFeatures.DocumentTypes;
        var model = new NerTrainer(Support.TestAnalyzer.Lexicon, new NerTrainOptions { Epochs = 2, MinFeatureCount = 1 }, extras: extras).Train(tiny);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.True(loaded.Success, loaded.Error);
            Assert.Equal(extras, loaded.Model!.Extras);
        }
        finally { File.Delete(path); }
    }
}
