namespace Sitrep.Training.Events;

/// <summary>One labelled text: <paramref name="Source"/> names its corpus and class ("bbc/sport", "isot/worldnews").</summary>
internal sealed record RelevanceExample(string Source, string Id, string Text, bool Relevant, bool IsSentence = false)
{
    /// <summary>A fixed split from the id alone: 0 = test (never tuned on), 1 = dev (thresholds), 2–4 = train.</summary>
    public int Fold => (int)(Sitrep.Learning.FeatureHash.Of($"{Source.Split('/')[0]}:{Id}") % 5);
    public bool IsTest => Fold == 0;
    public bool IsDev => Fold == 1;
    public bool IsTrain => Fold >= 2;
}
