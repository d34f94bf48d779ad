using Microsoft.Extensions.Logging;

namespace Sitrep.Web;

/// <summary>Everything <c>sitrep serve</c> needs; paths are given, never looked up.</summary>
public sealed record ServeOptions
{
    /// <summary>The SQLite store to serve.</summary>
    public required string Database { get; init; }
    /// <summary>Where to listen; loopback unless told otherwise. Port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://localhost:8080";
    /// <summary>The web app's own files (index.html, app.js …).</summary>
    public required string WebRoot { get; init; }
    /// <summary>deps/npm/node_modules: Leaflet, marker clustering, topojson-client and the world-atlas basemap.</summary>
    public required string NpmDirectory { get; init; }
    /// <summary>Enables <c>POST /api/documents</c>; requires <see cref="IngestToken"/>.</summary>
    public bool AllowIngest { get; init; }
    /// <summary>The bearer token ingest requests must carry (read from <c>--token-file</c> by the front end).</summary>
    public string? IngestToken { get; init; }
    /// <summary>Analyses a posted text for ingest; null when ingest is off.</summary>
    public Func<string, Documents.DocumentInfo, Documents.Doc?>? Analyze { get; init; }
    /// <summary>Requests per second per client address; beyond a burst of twice as many, 429.</summary>
    public int RateLimitPerSecond { get; init; } = 400;
    /// <summary>Largest request body accepted (ingest only; every other endpoint is GET).</summary>
    public long MaxRequestBodyBytes { get; init; } = 2 << 20;
    /// <summary>Filtered event lists kept in memory, counted in events.</summary>
    public long CacheEvents { get; init; } = 500_000;
    /// <summary>Adds the front end's log sinks; none by default.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
