using System.Diagnostics;
using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>Runs named stages in order over a document.</summary>
public sealed class Pipeline
{
    readonly IStage[] _stages;

    public Pipeline(IEnumerable<IStage> stages)
    {
        _stages = [.. stages];
        var have = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(r => !have.Contains(r)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException(
                    $"stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage assigns");
            have.UnionWith(stage.Assigns);
        }
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>
    /// Runs every stage over the text, then over each image caption as a document of its own, whose
    /// entities, timexes, places and events join the document's with offsets pointing into that caption (a caption event that
    /// retells one of the text's only fills that event's gaps). On failure stops this
    /// document and names the stage.
    /// </summary>
    public StageFailure? Process(Doc doc, StageTimings? timings = null)
    {
        if (Run(doc, timings) is { } failure) return failure;
        for (int i = 0; i < doc.Info.Captions.Count; i++)
        {
            var caption = new Doc(doc.Info.Captions[i], new DocumentInfo { Id = doc.Info.Id, SourcePath = doc.Info.SourcePath, Url = doc.Info.Url, Byline = doc.Info.Byline, Published = doc.Info.Published });
            if (Run(caption, timings) is { } captionFailure) return captionFailure with { Stage = $"{captionFailure.Stage} (caption {i + 1})" };
            doc.Timexes.AddRange(caption.Timexes.Select(t => t with { CaptionIndex = i }));
            doc.Places.AddRange(caption.Places.Select(p => p with { CaptionIndex = i }));
            var entityIds = Entities.Resolution.CaptionEntities.Merge(doc, caption, i);
            foreach (var e in caption.Events) Entities.Resolution.CaptionEntities.Remap(e, entityIds);
            foreach (var e in Events.EventMerger.FoldCaptionEvents(doc.Events, caption.Events))
            {
                e.CaptionIndex = i;
                e.Id = $"C{i + 1}-{e.Id}";
                doc.Events.Add(e);
            }
        }
        return null;
    }

    StageFailure? Run(Doc doc, StageTimings? timings)
    {
        foreach (var stage in _stages)
        {
            long t0 = Stopwatch.GetTimestamp();
            try
            {
                stage.Process(doc);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new StageFailure(stage.Name, e);
            }
            timings?.Add(stage.Name, Stopwatch.GetElapsedTime(t0));
        }
        return null;
    }
}

public sealed record StageFailure(string Stage, Exception Exception)
{
    public string Message => $"stage {Stage} failed: {Exception.GetType().Name}: {Exception.Message}";
}

/// <summary>Wall time per stage, summed over documents.</summary>
public sealed class StageTimings
{
    readonly Dictionary<string, TimeSpan> _total = [];
    public void Add(string stage, TimeSpan t) =>
        _total[stage] = _total.TryGetValue(stage, out var s) ? s + t : t;
    public IReadOnlyDictionary<string, TimeSpan> Totals => _total;
}
