using System.Collections.Frozen;
using Sitrep.Documents;

namespace Sitrep.Events.Relevance;

/// <summary>
/// Keeps events only where events are being reported: a document not in English keeps none; an article the
/// relevance model scores below its threshold (sport, business, entertainment, technology) keeps none; otherwise a
/// conflict-type event whose sentence scores below the sentence threshold is dropped ("a legal battle with Apple"). The document records its score, the words that decided it and what was dropped.
/// Without a model only the language gate applies. Immutable and thread-safe.
/// </summary>
internal sealed class RelevanceGate(RelevanceModel? model)
{
    public const string ModelFolder = "relevance";
    const int CueCount = 5;
    // A text this short (a headline, a feed item, one sentence) is judged as a sentence: a document threshold needs
    // an article's worth of words, and one sentence decides only about conflict-type events.
    const int ShortTextChars = 400;

    /// <summary>PLOVER types of material and verbal conflict that sport, business and technology writing imitates.</summary>
    public static readonly FrozenSet<string> ConflictTypes =
        FrozenSet.ToFrozenSet(["ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "RETREAT"], StringComparer.Ordinal);

    public RelevanceModel? Model => model;

    /// <summary>The gate with the model under <paramref name="modelsDirectory"/> when there is one; a broken model file throws its one-line reason.</summary>
    public static RelevanceGate Create(string modelsDirectory, string? cacheDirectory = null)
    {
        var path = Path.Combine(modelsDirectory, ModelFolder, Learning.ModelFile.DefaultFileName);
        if (!File.Exists(path)) return new RelevanceGate(null);
        var load = RelevanceModel.Load(path, cacheDirectory);
        return load.Success ? new RelevanceGate(load.Model) : throw new InvalidDataException(load.Error);
    }

    public void Apply(Doc doc, List<EventRecord> events)
    {
        if (doc.Info.Language is { } language && language != "en")
        {
            doc.Info.Relevance = new DocumentRelevance(false, null, $"language {language}") { DroppedEvents = events.Count };
            events.Clear();
            return;
        }
        if (model is null)
        {
            doc.Info.Relevance = null;
            return;
        }
        var text = doc.Info.Title is { Length: > 0 } title ? $"{title}\n{doc.Text}" : doc.Text;
        double score = model.Score(text);
        bool isShort = text.Length < ShortTextChars;
        double threshold = isShort ? model.SentenceThreshold : model.DocumentThreshold;
        bool relevant = score >= threshold;
        var relevance = new DocumentRelevance(relevant, Math.Round(score, 3), relevant ? "relevant" : "not political or conflict news")
        {
            Threshold = threshold,
            Cues = model.Cues(text, CueCount),
        };
        doc.Info.Relevance = relevance;
        if (!relevant && !isShort)
        {
            relevance.DroppedEvents = events.Count;
            events.Clear();
            return;
        }
        relevance.DroppedEvents = events.RemoveAll(e => ConflictTypes.Contains(e.Type) && e.CaptionIndex is null
            && model.Score(doc.Text.AsSpan(e.Sentence.Start, e.Sentence.End - e.Sentence.Start)) < model.SentenceThreshold);
    }
}
