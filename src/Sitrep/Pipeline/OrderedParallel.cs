using System.Collections.Concurrent;

namespace Sitrep.Pipeline;

/// <summary>
/// A streaming, order-keeping parallel map with bounded memory: one thread reads the source, N workers map,
/// and results come out in source order. At most a few windows of items are in flight, whatever the input size.
/// </summary>
internal static class OrderedParallel
{
    /// <param name="onReader">Asked first, on the reading thread; a non-null answer is the item's result and no worker runs.</param>
    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism,
        CancellationToken cancellation = default, Func<TIn, TOut?>? onReader = null) where TOut : class
    {
        if (parallelism <= 1) return Sequential(source, map, onReader, cancellation);
        return Parallel(source, map, parallelism, onReader, cancellation);
    }

    static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, Func<TIn, TOut?>? onReader, CancellationToken cancellation)
        where TOut : class
    {
        foreach (var item in source)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return onReader?.Invoke(item) ?? map(item);
        }
    }

    static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism,
        Func<TIn, TOut?>? onReader, CancellationToken cancellation) where TOut : class
    {
        int window = parallelism * 4;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var order = new BlockingCollection<Task<TOut>>(window);
        using var work = new BlockingCollection<(TIn Item, TaskCompletionSource<TOut> Result)>(window);
        var token = stop.Token;

        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    if (onReader?.Invoke(item) is { } ready)
                    {
                        order.Add(Task.FromResult(ready), token);
                        continue;
                    }
                    var result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                    order.Add(result.Task, token);
                    work.Add((item, result), token);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested) { }
            catch (Exception e)
            {
                // The reader's failure surfaces in order, after the results read before it.
                try { order.Add(Task.FromException<TOut>(e), token); } catch (OperationCanceledException) { }
            }
            finally
            {
                work.CompleteAdding();
                order.CompleteAdding();
            }
        }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var workers = new Task[parallelism];
        for (int w = 0; w < parallelism; w++)
            workers[w] = Task.Factory.StartNew(() =>
            {
                try
                {
                    foreach (var (item, result) in work.GetConsumingEnumerable(token))
                    {
                        try { result.SetResult(map(item)); }
                        catch (Exception e) { result.SetException(e); }
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested) { }
            }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var next in order.GetConsumingEnumerable(cancellation))
                yield return next.GetAwaiter().GetResult();
        }
        finally
        {
            // The caller stopped early, failed or finished: stop reading and mapping, then wait for the threads.
            stop.Cancel();
            try { Task.WaitAll([reader, .. workers]); }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
        }
    }
}
