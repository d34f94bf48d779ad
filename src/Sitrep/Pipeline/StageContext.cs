using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sitrep.Pipeline;

/// <summary>
/// What a stage factory gets: the options, the logger, and resources loaded once and shared by every stage built
/// from this context (models, lexicons, the gazetteer). One context belongs to one analyzer; nothing is process-wide.
/// </summary>
internal sealed class StageContext(AnalyzerOptions options)
{
    readonly ConcurrentDictionary<string, Lazy<object>> _shared = new(StringComparer.Ordinal);

    public AnalyzerOptions Options => options;
    public ILogger Logger => options.Logger;

    /// <summary>The resource under <paramref name="key"/>, loaded by <paramref name="load"/> the first time it is asked for.</summary>
    public T Shared<T>(string key, Func<T> load) where T : class =>
        (T)_shared.GetOrAdd(key, _ => new Lazy<object>(() => load(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
