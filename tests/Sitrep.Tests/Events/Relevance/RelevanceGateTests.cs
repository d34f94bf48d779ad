using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Relevance;
using Sitrep.Events.Triggers;
using Sitrep.Learning;
using Sitrep.Tests.Events;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Events.Relevance;

public class RelevanceGateTests
{
    // A toy model learned here from sentences written for it: conflict news against football reports.
    static readonly RelevanceModel Toy = TrainToy();

    static RelevanceModel TrainToy()
    {
        (string Text, bool Relevant)[] examples =
        [
            ("Rebels attacked an army base near the border and killed four soldiers, the government said.", true),
            ("Troops fired on protesters in the capital as the opposition demanded the president resign.", true),
            ("The ministry said militants shelled villages and police arrested dozens of suspects.", true),
            ("Chelsea beat Portsmouth after a late goal, and the striker scored again in the second half.", false),
            ("The midfielder shot wide before the keeper saved a penalty in the final minute of the match.", false),
            ("The coach said his side would fight for the title after the league win over Arsenal.", false),
        ];
        var trainer = new AveragedPerceptron(2);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < 5; epoch++)
            foreach (var (text, relevant) in examples)
            {
                var set = new HashSet<ulong>();
                RelevanceFeatures.Extract(text, set);
                ulong[] features = [.. set];
                trainer.Tick();
                trainer.Score(features, scores);
                int truth = relevant ? RelevanceModel.Relevant : RelevanceModel.Other;
                trainer.Update(features, truth, scores[RelevanceModel.Relevant] > scores[RelevanceModel.Other] ? RelevanceModel.Relevant : RelevanceModel.Other);
            }
        return new RelevanceModel(trainer.Freeze(), 0, 0);
    }

    static List<EventRecord> Code(Doc doc, RelevanceGate gate)
    {
        new EventsStage(new EventCoder(TriggerLexicon.Default), gate).Process(doc);
        return doc.Events;
    }

    [Fact]
    public void Text_not_in_English_keeps_no_events_and_says_why()
    {
        var doc = TestDoc.Of("Rebels attacked the army base on Monday .").Doc;
        doc.Info.Language = "de";
        Assert.NotEmpty(Code(TestDoc.Of("Rebels attacked the army base on Monday .").Doc, new RelevanceGate(null)));
        Assert.Empty(Code(doc, new RelevanceGate(null)));
        Assert.Equal("language de", doc.Info.Relevance!.Reason);
        Assert.Equal(1, doc.Info.Relevance.DroppedEvents);
    }

    [Fact]
    public void A_sports_report_keeps_no_events_and_a_conflict_report_keeps_them()
    {
        var sport = TestDoc.Of("Chelsea beat Portsmouth as the striker scored a late goal in the match .").Doc;
        var conflict = TestDoc.Of("Rebels attacked an army base near the border , the government said .").Doc;
        Assert.NotEmpty(Code(TestDoc.Of("Chelsea beat Portsmouth as the striker scored a late goal in the match .").Doc, new RelevanceGate(null)));
        Assert.Empty(Code(sport, new RelevanceGate(Toy)));
        Assert.False(sport.Info.Relevance!.Relevant);
        Assert.True(sport.Info.Relevance.DroppedEvents > 0);
        Assert.Contains("striker", sport.Info.Relevance.Cues);
        Assert.NotEmpty(Code(conflict, new RelevanceGate(Toy)));
        Assert.True(conflict.Info.Relevance!.Relevant);
        Assert.True(conflict.Info.Relevance.Score > 0);
    }

    [Fact]
    public void A_model_reads_back_with_the_same_scores_and_thresholds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relevance-{Guid.NewGuid():N}.bin");
        try
        {
            new RelevanceModel(Toy.Weights, -1.5, -3.25).Save(path);
            var loaded = RelevanceModel.Load(path).GetValueOrThrow();
            Assert.Equal((-1.5, -3.25), (loaded.DocumentThreshold, loaded.SentenceThreshold));
            const string text = "Troops fired on protesters while the keeper saved a penalty.";
            Assert.Equal(Toy.Score(text), loaded.Score(text));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Features_ignore_case_repetition_and_digits()
    {
        var a = new HashSet<ulong>();
        var b = new HashSet<ulong>();
        RelevanceFeatures.Extract("Rebels ATTACKED the base, rebels attacked 2 bases.", a);
        RelevanceFeatures.Extract("rebels attacked the base, Rebels attacked bases.", b);
        Assert.Equal(b, a);
        Assert.Contains(RelevanceFeatures.Bias, a);
    }
}
