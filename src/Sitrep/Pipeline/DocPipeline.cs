using System.Diagnostics;
using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// Runs named stages in order over one document and records on the <see cref="Doc"/> which layers they applied.
/// The order is checked once, at construction: each stage's requirements must be assigned by an earlier stage.
/// </summary>
internal sealed class DocPipeline
{
    readonly IStage[] _stages;

    public DocPipeline(IEnumerable<IStage> stages)
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

    /// <summary>Runs every stage; on failure stops this document and names the stage.</summary>
    public StageFailure? Process(Doc doc, StageTimings? timings = null)
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
            doc.MarkApplied(stage.Assigns);
            timings?.Add(stage.Name, Stopwatch.GetElapsedTime(t0));
        }
        return null;
    }
}

public sealed record StageFailure(string Stage, Exception Exception)
{
    public string Message => $"stage {Stage} failed: {Exception.GetType().Name}: {Exception.Message}";
}

/// <summary>Wall time per stage, summed over documents; safe to add to from many threads.</summary>
public sealed class StageTimings
{
    readonly Dictionary<string, TimeSpan> _total = [];
    readonly Lock _lock = new();

    public void Add(string stage, TimeSpan t)
    {
        lock (_lock) _total[stage] = _total.TryGetValue(stage, out var s) ? s + t : t;
    }

    public IReadOnlyDictionary<string, TimeSpan> Totals
    {
        get { lock (_lock) return new Dictionary<string, TimeSpan>(_total); }
    }
}
