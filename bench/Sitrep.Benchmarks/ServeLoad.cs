using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Benchmarks;

/// <summary>
/// Load on <c>sitrep serve</c>: starts the server as its own process on a free loopback port over a database, then
/// sends <c>GET /api/events?page_size=100</c> with two filters (a type and a country, rotating through the store's most
/// frequent ones) at a fixed rate, open loop: each latency counts from the moment its request was due, so a slow server
/// cannot hide its queue. Reports p50, p99, max and errors, and the server's peak resident memory.
/// </summary>
public static partial class ServeLoad
{
    sealed record Settings(string Sitrep, string Db, int Rate, int Seconds, int WarmupSeconds);

    public static async Task<int> Run(string[] args)
    {
        if (!TryParse(args, out var settings, out var error))
        {
            Console.Error.WriteLine($"serve-load: {error}");
            Console.Error.WriteLine("usage: serve-load --db FILE [--sitrep ./sitrep] [--rate 200] [--seconds 30] [--warmup 5]");
            return 2;
        }
        using var server = Process.Start(new ProcessStartInfo("bash", [settings.Sitrep, "serve", "--db", settings.Db, "--urls", "http://127.0.0.1:0", "--rate-limit", "100000"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        })!;
        try
        {
            var baseUrl = await ListeningUrl(server);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
            var paths = await FilterPairs(http);
            Console.WriteLine($"serve-load: {baseUrl}, {paths.Count} filter pairs, e.g. {paths[0]}");

            var peakRss = 0L;
            using var sampler = new CancellationTokenSource();
            var sampling = Task.Run(async () =>
            {
                while (!sampler.IsCancellationRequested)
                {
                    peakRss = Math.Max(peakRss, ResidentBytes(server.Id));
                    try { await Task.Delay(200, sampler.Token); } catch (OperationCanceledException) { }
                }
            });
            var warm = await Load(http, paths, settings.Rate, settings.WarmupSeconds);
            Report("warm-up (first request of each filter pair misses the cache)", warm);
            var cpuBefore = CpuSeconds(server.Id);
            var measured = await Load(http, paths, settings.Rate, settings.Seconds);
            var cpu = CpuSeconds(server.Id) - cpuBefore;
            sampler.Cancel();
            await sampling;
            Report($"measured, {settings.Rate} req/s for {settings.Seconds} s", measured);
            // CPU per request is steadier than latency on a shared machine; the load average says how shared it was.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server CPU: {cpu * 1000 / measured.LatenciesMs.Length:F2} ms per request; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores"));
            Console.WriteLine($"server peak resident memory: {peakRss / (1024.0 * 1024):F0} MB");
            return 0;
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The URL the server prints once it listens ("sitrep serve: DB at URL; …").</summary>
    static async Task<string> ListeningUrl(Process server)
    {
        while (await server.StandardError.ReadLineAsync() is { } line)
            if (ListenLine().Match(line) is { Success: true } m)
            {
                _ = server.StandardError.ReadToEndAsync();
                return m.Groups[1].Value;
            }
        throw new InvalidOperationException("the server stopped before it listened");
    }

    /// <summary>Type and country pairs from the store's stats, each one that selects events.</summary>
    static async Task<List<string>> FilterPairs(HttpClient http)
    {
        using var stats = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/stats"));
        var types = stats.RootElement.GetProperty("by_type").EnumerateObject().Take(6).Select(p => p.Name);
        var countries = stats.RootElement.GetProperty("by_country").EnumerateObject().Where(p => p.Name != "unknown").Take(6).Select(p => p.Name);
        return [.. types.SelectMany(t => countries.Select(c => $"/api/events?page_size=100&type={t}&country={c}"))];
    }

    sealed record Outcome(double[] LatenciesMs, int Errors);

    static async Task<Outcome> Load(HttpClient http, List<string> paths, int rate, int seconds)
    {
        int total = rate * seconds, errors = 0;
        var latencies = new double[total];
        var clock = Stopwatch.StartNew();
        var requests = new Task[total];
        for (int i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            int n = i;
            requests[i] = Task.Run(async () =>
            {
                try
                {
                    using var response = await http.GetAsync(paths[n % paths.Count], HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref errors); }
                latencies[n] = (clock.Elapsed - due).TotalMilliseconds;
            });
        }
        await Task.WhenAll(requests);
        return new Outcome(latencies, errors);
    }

    static void Report(string what, Outcome o)
    {
        var sorted = o.LatenciesMs.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {sorted.Length} requests, p50 {At(0.50):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F1} ms, errors {o.Errors}"));
    }

    static long ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        return 0;
    }

    /// <summary>User plus system CPU time of a process (Linux /proc; clock ticks of 1/100 s).</summary>
    static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    static bool TryParse(string[] args, out Settings settings, out string error)
    {
        settings = new Settings("./sitrep", "", 200, 30, 5);
        error = "";
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--db": settings = settings with { Db = Next() }; break;
                    case "--sitrep": settings = settings with { Sitrep = Next() }; break;
                    case "--rate": settings = settings with { Rate = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                    case "--seconds": settings = settings with { Seconds = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                    case "--warmup": settings = settings with { WarmupSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                    default: error = $"unknown argument {args[i]}"; return false;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException) { error = e.Message; return false; }
        }
        if (!File.Exists(settings.Db)) { error = $"no database '{settings.Db}'"; return false; }
        if (!File.Exists(settings.Sitrep)) { error = $"no sitrep launcher '{settings.Sitrep}'"; return false; }
        if (settings.Rate < 1 || settings.Seconds < 1 || settings.WarmupSeconds < 1) { error = "rate, seconds and warm-up must be 1 or more"; return false; }
        return true;
    }

    [GeneratedRegex(@"^sitrep serve: .* at (http://\S+?)[;,]")]
    private static partial Regex ListenLine();
}
