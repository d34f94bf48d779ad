using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Negative control: runs plain articles that report no political or conflict events (e.g. BBC sport) and counts the
/// occurred/ongoing conflict-type events coded per article, overall and per folder (archive folder or directory).
/// </summary>
internal static class NegativeControl
{
    /// <summary>Event types counted: the PLOVER types that a metaphor ("battle", "shot", "beat") most often fakes.</summary>
    public static readonly IReadOnlySet<string> ConflictTypes =
        new HashSet<string>(["ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "RETREAT"], StringComparer.Ordinal);

    /// <param name="within">Only documents whose location (archive entry or path) starts with this, e.g. "bbc/sport/".</param>
    public static EvaluationResult Evaluate(string path, AnalyzerOptions options, string? within = null, TextWriter? errors = null)
    {
        var pipeline = StageCatalog.Build(options);
        var folders = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var all = new Tally();
        int failed = 0;
        foreach (var result in DocumentSource.Read([path], new IngestOptions()))
        {
            if (result is not IngestedDocument { Doc: var doc })
            {
                if (result is IngestError error)
                {
                    failed++;
                    errors?.WriteLine(error.ToString());
                }
                continue;
            }
            var location = doc.Info.Locator ?? doc.Info.SourcePath ?? "";
            if (within != null && !location.StartsWith(within, StringComparison.Ordinal)) continue;
            if (options.Published != null) doc.Info.Published = new PublishedDate(options.Published);
            if (pipeline.Process(doc) is { } failure)
            {
                failed++;
                errors?.WriteLine($"{location}: {failure.Message}");
                continue;
            }
            var conflict = doc.Events.Where(e => ConflictTypes.Contains(e.Type) && e.Status is EventStatus.Occurred or EventStatus.Ongoing).ToList();
            foreach (var e in conflict)
                errors?.WriteLine($"{location}\t{e.Type}/{e.Status}\t{doc.Text[e.Sentence.Start..e.Sentence.End]}");
            all.Add(doc.Events.Count, conflict.Count);
            var folder = Path.GetDirectoryName(location)?.Replace('\\', '/') ?? "";
            if (!folders.TryGetValue(folder, out var tally)) folders[folder] = tally = new Tally();
            tally.Add(doc.Events.Count, conflict.Count);
        }
        if (all.Documents == 0) return EvaluationResult.Fail($"{path}: no documents{(within is null ? "" : $" under '{within}'")}");
        var scores = all.Scores();
        scores["failed"] = failed;
        if (folders.Count > 1) scores["per_folder"] = folders.ToDictionary(f => f.Key, f => (object?)f.Value.Scores());
        return EvaluationResult.Ok(scores);
    }

    sealed class Tally
    {
        public int Documents, Events, Conflict;

        public void Add(int events, int conflict)
        {
            Documents++;
            Events += events;
            Conflict += conflict;
        }

        public Dictionary<string, object?> Scores() => new()
        {
            ["conflict_events_per_doc"] = (double)Conflict / Documents,
            ["events_per_doc"] = (double)Events / Documents,
            ["conflict_events"] = Conflict,
            ["documents"] = Documents,
        };
    }
}
