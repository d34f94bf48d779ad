using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarks;

/// <summary>
/// Whole-corpus speed in the manner of spaCy's benchmark_speed: the corpus is read into memory,
/// warm-up passes run, then every document is timed on one thread; tokens per second is reported
/// with a bootstrap 95% confidence interval over documents, with the peak working set.
/// </summary>
public static class Throughput
{
    const int BootstrapSamples = 2000;
    const int Seed = 12345;

    sealed record Settings(string Stages, int WarmupPasses, int Passes, IReadOnlyList<string> Paths);

    public static int Run(string[] args)
    {
        if (!TryParse(args, out var settings, out var error))
        {
            Console.Error.WriteLine($"throughput: {error}");
            Console.Error.WriteLine("usage: throughput [--stages tokenizer|all] [--warmup N] [--passes N] PATH…");
            return 2;
        }
        var texts = new List<(string Text, DocumentInfo Info)>();
        int failed = 0;
        long ingestStart = Stopwatch.GetTimestamp();
        foreach (var result in DocumentSource.Read(settings.Paths, new IngestOptions()))
        {
            if (result is IngestedDocument d) texts.Add((d.Doc.Text, d.Doc.Info));
            else
            {
                Console.Error.WriteLine(result);
                failed++;
            }
        }
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("throughput: no documents were read");
            return 2;
        }
        double ingestSeconds = Stopwatch.GetElapsedTime(ingestStart).TotalSeconds;
        var pipeline = StageCatalog.Build(new AnalyzerOptions { Until = settings.Stages == "all" ? null : settings.Stages });
        Console.WriteLine($"stages: {string.Join(", ", pipeline.Stages.Select(s => s.Name))}");
        Console.WriteLine($"documents: {texts.Count:N0} ({texts.Sum(t => (long)t.Text.Length):N0} chars){(failed > 0 ? $", {failed} unreadable" : "")}");

        for (int pass = 0; pass < settings.WarmupPasses; pass++)
            foreach (var (text, info) in texts) pipeline.Process(new Doc(text, info));

        var tokens = new long[texts.Count];
        var ticks = new long[texts.Count];
        var timings = new StageTimings();
        // With --stages all, every pass also stores each document (and its events) in a fresh SQLite file, as `sitrep run` does.
        var dbPath = Path.Combine(Path.GetTempPath(), $"sitrep-throughput-{Environment.ProcessId}.db");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (int pass = 0; pass < settings.Passes; pass++)
        {
            DeleteDb(dbPath);
            using var store = settings.Stages == "all" ? Sitrep.Storage.DocumentStore.Open(dbPath) : null;
            for (int i = 0; i < texts.Count; i++)
            {
                var doc = new Doc(texts[i].Text, texts[i].Info);
                long t0 = Stopwatch.GetTimestamp();
                if (pipeline.Process(doc, timings) is { } failure)
                {
                    Console.Error.WriteLine($"{texts[i].Info.SourcePath}: {failure.Message}");
                    return 1;
                }
                if (store != null)
                {
                    long s0 = Stopwatch.GetTimestamp();
                    store.Save(doc);
                    timings.Add("storage", Stopwatch.GetElapsedTime(s0));
                }
                ticks[i] += Stopwatch.GetTimestamp() - t0;
                tokens[i] += doc.Count;
            }
        }
        DeleteDb(dbPath);

        // On a shared machine wall time includes waiting for a core; CPU time does not.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        double rate = Rate(tokens, ticks, Enumerable.Range(0, texts.Count));
        var (low, high) = BootstrapInterval(tokens, ticks);
        double seconds = (double)ticks.Sum() / Stopwatch.Frequency;
        Console.WriteLine($"passes: {settings.WarmupPasses} warm-up, {settings.Passes} timed; {tokens.Sum():N0} tokens in {seconds:F3} s");
        Console.WriteLine($"tokens/s: {rate:N0} (95% CI {low:N0} – {high:N0}, bootstrap over documents)");
        Console.WriteLine($"tokens per CPU second: {tokens.Sum() / cpuSeconds:N0} (process CPU time over the timed passes)");
        Console.WriteLine($"docs/s: {texts.Count * settings.Passes / seconds:N0}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):N0} MiB");
        int docs = texts.Count * settings.Passes;
        Console.WriteLine($"ms/doc by stage ({docs:N0} documents timed; ingest read once, untimed in tokens/s):");
        Console.WriteLine($"  {"ingest",-12} {1000 * ingestSeconds / texts.Count,8:F3}");
        foreach (var (stage, t) in timings.Totals)
            Console.WriteLine($"  {stage,-12} {t.TotalMilliseconds / docs,8:F3}");
        return 0;
    }

    static void DeleteDb(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }

    static double Rate(long[] tokens, long[] ticks, IEnumerable<int> sample)
    {
        long t = 0, k = 0;
        foreach (var i in sample)
        {
            t += tokens[i];
            k += ticks[i];
        }
        return t / ((double)k / Stopwatch.Frequency);
    }

    /// <summary>Percentile interval of the corpus rate over documents resampled with replacement.</summary>
    static (double Low, double High) BootstrapInterval(long[] tokens, long[] ticks)
    {
        var random = new Random(Seed);
        int n = tokens.Length;
        var rates = new double[BootstrapSamples];
        var sample = new int[n];
        for (int b = 0; b < BootstrapSamples; b++)
        {
            for (int j = 0; j < n; j++) sample[j] = random.Next(n);
            rates[b] = Rate(tokens, ticks, sample);
        }
        Array.Sort(rates);
        return (rates[(int)(0.025 * (BootstrapSamples - 1))], rates[(int)(0.975 * (BootstrapSamples - 1))]);
    }

    static bool TryParse(string[] args, out Settings settings, out string error)
    {
        settings = new Settings("tokenizer", 2, 3, []);
        var paths = new List<string>();
        error = "";
        for (int i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--stages":
                    var stages = Value();
                    if (stages is null || (stages != "all" && !StageCatalog.Stages.Any(s => s.Name == stages)))
                    {
                        error = $"--stages takes 'all' or a stage name ({string.Join(", ", StageCatalog.Stages.Select(s => s.Name))})";
                        return false;
                    }
                    settings = settings with { Stages = stages };
                    break;
                case "--warmup" or "--passes":
                    var name = args[i];
                    if (!int.TryParse(Value(), out int count) || count < (name == "--passes" ? 1 : 0))
                    {
                        error = $"{name} takes a count";
                        return false;
                    }
                    settings = name == "--warmup" ? settings with { WarmupPasses = count } : settings with { Passes = count };
                    break;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0)
        {
            error = "no corpus PATH given";
            return false;
        }
        settings = settings with { Paths = paths };
        return true;
    }
}
