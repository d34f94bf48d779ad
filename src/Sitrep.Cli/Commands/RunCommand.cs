using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep run PATH…</c>: ingest, analyse, store.</summary>
internal static class RunCommand
{
    public static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Files, folders, .gz/.tar.gz archives, or - for stdin",
        Arity = ArgumentArity.OneOrMore,
    };
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<bool> NoStore = new("--no-store") { Description = "Analyse without storing" };
    public static readonly Option<bool> NoClustering = new("--no-clustering") { Description = "Store without grouping documents into stories and events into incidents" };
    public static readonly Option<string> Format = CommonOptions.Format("text", "text", "json", "jsonl");
    public static readonly Option<string?> Published = new("--published") { Description = "Publication date (ISO 8601) for every input" };
    public static readonly Option<string?> TextColumn = new("--text-column") { Description = "JSONL/CSV column holding the body (default: text, body, content)" };
    public static readonly Option<string?> TitleColumn = new("--title-column") { Description = "JSONL/CSV title column (default: title)" };
    public static readonly Option<string?> DateColumn = new("--date-column") { Description = "JSONL/CSV date column (default: date, published)" };
    public static readonly Option<string?> UrlColumn = new("--url-column") { Description = "JSONL/CSV URL column (default: url)" };
    public static readonly Option<int> Threads = new("--threads")
    {
        Description = "Documents analysed at once (default: all cores); the output is the same for every count",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
    public static readonly Option<int> MaxChars = new("--max-chars")
    {
        Description = "Cut documents longer than this many characters",
        DefaultValueFactory = _ => new IngestOptions().MaxDocumentChars,
    };

    public static Command GetCommand()
    {
        var cmd = new Command("run", "Ingest, analyse and store documents");
        cmd.Arguments.Add(Paths);
        foreach (var o in new Option[] { Db, NoStore, NoClustering, Format, Published, Threads, TextColumn, TitleColumn, DateColumn, UrlColumn, MaxChars })
            cmd.Options.Add(o);
        cmd.SetAction(p => Execute(new RunOptions
        {
            Paths = p.GetValue(Paths)!,
            Db = p.GetValue(NoStore) ? null : p.GetValue(Db),
            Format = p.GetValue(Format)!,
            Published = p.GetValue(Published),
            Threads = p.GetValue(Threads),
            Clustering = !p.GetValue(NoClustering),
            Verbose = p.GetValue(CommonOptions.Verbose),
            Ingest = new IngestOptions
            {
                TextColumn = p.GetValue(TextColumn), TitleColumn = p.GetValue(TitleColumn),
                DateColumn = p.GetValue(DateColumn), UrlColumn = p.GetValue(UrlColumn),
                MaxDocumentChars = p.GetValue(MaxChars),
            },
        }));
        return cmd;
    }

    public sealed record RunOptions
    {
        public required string[] Paths { get; init; }
        public string? Db { get; init; }
        public string Format { get; init; } = "text";
        public string? Published { get; init; }
        public int Threads { get; init; } = Environment.ProcessorCount;
        public bool Clustering { get; init; } = true;
        public bool Verbose { get; init; }
        public IngestOptions Ingest { get; init; } = new();
    }

    public static int Execute(RunOptions options)
    {
        if (options.Published != null && !PublishedArgument.IsValid(options.Published))
        {
            Console.Error.WriteLine($"sitrep run: --published '{options.Published}' is not an ISO 8601 date");
            return ExitCodes.Fatal;
        }
        if (options.Threads < 1)
        {
            Console.Error.WriteLine($"sitrep run: --threads {options.Threads}: give 1 or more");
            return ExitCodes.Fatal;
        }
        var analyzer = Analyzer.Load(CliSettings.Options() with { Published = options.Published, Parallelism = options.Threads });
        using var store = options.Db is null ? null : DocumentStore.Open(options.Db, new StoreOptions { Clustering = options.Clustering });
        var timings = options.Verbose ? new StageTimings() : null;
        var counts = new RunCounts();
        var clock = Stopwatch.StartNew();
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, options.Format == "json" ? DocJsonWriter.Indented : DocJsonWriter.Compact);
        bool manyInputs = options.Paths.Length > 1 || options.Paths.Any(Directory.Exists) ||
                          options.Paths.Any(p => p.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase));
        // A document the store already holds is read and hashed, never analysed again.
        Func<Doc, bool>? stored = store is null ? null : doc => store.Holds(doc);

        void ProcessAll(Action? tick)
        {
            foreach (var result in analyzer.AnalyzeMany(DocumentSource.Read(options.Paths, options.Ingest), options.Threads, stored, timings))
            {
                switch (result)
                {
                    case NotRead { Error: var error }:
                        counts.Failed++;
                        Console.Error.WriteLine(error.ToString());
                        break;
                    case NotADocument { Skipped: var skipped }:
                        counts.Skipped++;
                        Console.Error.WriteLine(skipped.ToString());
                        break;
                    case AnalysisFailed { Doc: var doc, Failure: var failure }:
                        PrintWarnings(doc);
                        counts.Failed++;
                        Console.Error.WriteLine($"{Location(doc)}: {failure.Message}");
                        if (options.Verbose) Console.Error.WriteLine(failure.Exception);
                        break;
                    case AlreadyAnalysed { Doc: var doc }:
                        counts.Documents++;
                        counts.AlreadyStored++;
                        store!.Save(doc);   // records a copy's locator; adds nothing else
                        if ((options.Format != "text" || !manyInputs) && store.FindStoredJson(doc) is { } stored)
                            Emit(DocJsonReader.Read(stored), options.Format, json, stdout, counts.Documents);
                        break;
                    case Analysed { Doc: var doc }:
                        PrintWarnings(doc);
                        counts.Documents++;
                        counts.Tokens += doc.Count;
                        counts.Events += doc.Events.Count;
                        if (store != null && store.Save(doc)) counts.Added++;
                        Emit(doc, options.Format, json, stdout, counts.Documents);
                        break;
                }
                tick?.Invoke();
            }
        }

        if (manyInputs && !Console.IsErrorRedirected)
            ProgressDisplay.Run(counts, clock, ProcessAll);
        else
            ProcessAll(null);

        json.Flush();
        store?.Flush();
        double seconds = clock.Elapsed.TotalSeconds;
        long analysed = counts.Documents - counts.AlreadyStored;
        Console.Error.WriteLine(
            $"sitrep: {counts.Documents:N0} documents" +
            (store != null ? $" ({counts.Added:N0} new, {counts.Documents - counts.Added:N0} already stored in {options.Db})" : "") +
            $", {counts.Failed:N0} failed{(counts.Skipped > 0 ? $", {counts.Skipped:N0} skipped" : "")}, {counts.Tokens:N0} tokens, {counts.Events:N0} events in {seconds:F1} s" +
            $" ({analysed / Math.Max(seconds, 1e-9):F0} docs/s, {counts.Tokens / Math.Max(seconds, 1e-9):N0} tokens/s analysed on {options.Threads} thread{(options.Threads == 1 ? "" : "s")})");
        if (timings != null)
            foreach (var (stage, t) in timings.Totals)
                Console.Error.WriteLine($"  {stage,-12} {t.TotalSeconds,8:F2} s (summed over threads)");
        return counts.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    static void PrintWarnings(Doc doc)
    {
        foreach (var warning in doc.Info.Warnings)
            Console.Error.WriteLine($"{Location(doc)}: warning: {warning}");
    }

    static void Emit(Doc doc, string format, Utf8JsonWriter json, Stream stdout, long index)
    {
        switch (format)
        {
            case "json":
            case "jsonl":
                if (format == "json" && index > 1) return; // one document per `--format json`; use jsonl for batches
                DocJsonWriter.Write(json, doc);
                json.Flush();
                json.Reset();
                stdout.Write("\n"u8);
                break;
            default:
                Console.Out.WriteLine(DocTextRenderer.Summary(doc));
                break;
        }
    }

    static string Location(Doc doc) =>
        doc.Info.Locator is { } loc ? $"{doc.Info.SourcePath}:{loc}" : doc.Info.SourcePath ?? doc.Info.Id;
}

/// <summary>Running totals of one <c>run</c>.</summary>
internal sealed class RunCounts
{
    public long Documents, Added, AlreadyStored, Failed, Skipped, Tokens, Events;
}

static class PublishedArgument
{
    public static bool IsValid(string value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out _);
}

/// <summary>A progress line with documents per second, on the terminal only.</summary>
static class ProgressDisplay
{
    public static void Run(RunCounts counts, Stopwatch clock, Action<Action?> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Status().Start("starting", ctx =>
        {
            long last = 0;
            work(() =>
            {
                long now = clock.ElapsedMilliseconds;
                if (now - last < 200) return;
                last = now;
                double s = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                ctx.Status($"{counts.Documents:N0} docs ({counts.Documents / s:F0} docs/s), {counts.Failed:N0} failed");
            });
        });
    }
}
