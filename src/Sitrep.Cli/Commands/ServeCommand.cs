using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Documents;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the HTTP API and the web app over a store.</summary>
internal static class ServeCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen (loopback unless told otherwise)",
        DefaultValueFactory = _ => "http://localhost:8080",
    };
    public static readonly Option<bool> AllowIngest = new("--allow-ingest") { Description = "Enable POST /api/documents (needs --token-file)" };
    public static readonly Option<string?> TokenFile = new("--token-file") { Description = "File holding the bearer token ingest requests must carry" };
    public static readonly Option<int> RateLimit = new("--rate-limit")
    {
        Description = "Requests per second per client address",
        DefaultValueFactory = _ => new ServeOptions { Database = "", WebRoot = "", NpmDirectory = "" }.RateLimitPerSecond,
    };

    public static Command GetCommand()
    {
        var cmd = new Command("serve", "Serve the HTTP API (/api, /openapi.json) and the web app (/) over a database");
        foreach (var o in new Option[] { Db, Urls, AllowIngest, TokenFile, RateLimit })
            cmd.Options.Add(o);
        cmd.SetAction(p => Execute(p.GetValue(Db)!, p.GetValue(Urls)!, p.GetValue(AllowIngest), p.GetValue(TokenFile), p.GetValue(RateLimit)));
        return cmd;
    }

    public static int Execute(string db, string urls, bool allowIngest, string? tokenFile, int rateLimit)
    {
        if (!File.Exists(db)) { Console.Error.WriteLine($"sitrep serve: no database {db} (make one with: sitrep run PATH --db {db})"); return ExitCodes.Fatal; }
        if (rateLimit < 1) { Console.Error.WriteLine("sitrep serve: --rate-limit must be 1 or more"); return ExitCodes.Fatal; }
        if (allowIngest != (tokenFile != null)) { Console.Error.WriteLine("sitrep serve: --allow-ingest and --token-file go together"); return ExitCodes.Fatal; }
        string? token = null;
        if (tokenFile != null)
        {
            if (!File.Exists(tokenFile)) { Console.Error.WriteLine($"sitrep serve: no token file {tokenFile}"); return ExitCodes.Fatal; }
            token = File.ReadAllText(tokenFile).Trim();
            if (token.Length < 16) { Console.Error.WriteLine($"{tokenFile}: the token must be at least 16 characters"); return ExitCodes.Fatal; }
        }
        var app = SitrepServer.Build(new ServeOptions
        {
            Database = db,
            Urls = urls,
            WebRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            NpmDirectory = new AnalyzerOptions().NpmDirectory,
            AllowIngest = allowIngest,
            IngestToken = token,
            Analyze = allowIngest ? Analyzer() : null,
            RateLimitPerSecond = rateLimit,
            ConfigureLogging = l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning),
        });
        app.Start();
        Console.Error.WriteLine($"sitrep serve: {db} at {string.Join(", ", app.Urls)}{(allowIngest ? " (ingest enabled)" : "")}; Ctrl+C stops");
        app.WaitForShutdown();
        return ExitCodes.Ok;
    }

    /// <summary>The analyser behind ingest, loaded once (thread-safe); null when a text cannot be analysed.</summary>
    static Func<string, DocumentInfo, Doc?> Analyzer()
    {
        var analyzer = Sitrep.Analyzer.Load(new AnalyzerOptions());
        return (text, info) =>
        {
            try { return analyzer.Analyze(text, info); }
            catch (AnalysisException) { return null; }
        };
    }
}
