using Sitrep.Pipeline;

namespace Sitrep.Tests.PipelineRuns;

public class OrderedParallelTests
{
    [Fact]
    public void Results_keep_source_order_whatever_each_item_costs()
    {
        var rng = new Random(7);
        var delays = Enumerable.Range(0, 200).Select(_ => rng.Next(0, 3)).ToArray();
        var results = OrderedParallel.Select(Enumerable.Range(0, 200), i => { Thread.Sleep(delays[i]); return i.ToString(); }, parallelism: 4).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i.ToString()), results);
    }

    [Fact]
    public void An_answer_on_the_reading_thread_skips_the_workers()
    {
        int mapped = 0;
        var results = OrderedParallel.Select(Enumerable.Range(0, 50), i => { Interlocked.Increment(ref mapped); return "mapped"; }, 3,
            onReader: i => i % 2 == 0 ? "read" : null).ToList();
        Assert.Equal(25, mapped);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? "read" : "mapped"), results);
    }

    [Fact]
    public void A_failure_surfaces_at_its_place_after_the_results_before_it()
    {
        var seen = new List<string>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in OrderedParallel.Select(Enumerable.Range(0, 20), i => i == 7 ? throw new InvalidOperationException("seven") : i.ToString(), 4))
                seen.Add(r);
        });
        Assert.Equal("seven", e.Message);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => i.ToString()), seen);
    }

    [Fact]
    public void A_consumer_that_stops_early_does_not_read_the_whole_source()
    {
        int read = 0;
        IEnumerable<int> Endless() { while (true) { Interlocked.Increment(ref read); yield return read; } }
        var first = OrderedParallel.Select(Endless(), i => i.ToString(), 2).Take(5).ToList();
        Assert.Equal(5, first.Count);
        Assert.True(read < 1000, $"read {read} items for 5");
    }
}
