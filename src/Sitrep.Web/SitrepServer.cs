using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sitrep.Web.Api;

namespace Sitrep.Web;

/// <summary>The HTTP server of <c>sitrep serve</c>: the JSON API under /api, its OpenAPI document, and the web app at /.</summary>
public static class SitrepServer
{
    /// <summary>npm packages the web app loads, each served from one folder under /vendor/NAME.</summary>
    static readonly (string Name, string Folder)[] Vendored =
    [
        ("leaflet", "leaflet/dist"),
        ("markercluster", "leaflet.markercluster/dist"),
        ("topojson", "topojson-client/dist"),
        ("world-atlas", "world-atlas"),
    ];

    public static WebApplication Build(ServeOptions options)
    {
        if (!File.Exists(options.Database)) throw new FileNotFoundException($"{options.Database}: no such database", options.Database);
        if (options.AllowIngest && string.IsNullOrWhiteSpace(options.IngestToken))
            throw new ArgumentException("ingest needs a token (--token-file)");

        // The empty builder reads no environment variables or settings files: the options say everything.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = options.WebRoot, WebRootPath = options.WebRoot });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.AddRoutingCore();
        services.AddProblemDetails();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Events read from news reports: who did what to whom, where, when, and who said so. Read-only unless the server was started with --allow-ingest.";
            return Task.CompletedTask;
        }));
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "application/x-ndjson", "text/tab-separated-values"]);
        });
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
                RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress ?? IPAddress.None, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 2 * options.RateLimitPerSecond,
                    TokensPerPeriod = options.RateLimitPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext });
            };
        });
        services.AddSingleton(new StoreGateway(options.Database, writable: options.AllowIngest, options.CacheEvents));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        app.UseRateLimiter();
        app.UseResponseCompression();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(options.WebRoot) });
        foreach (var (name, folder) in Vendored)
        {
            var path = Path.Combine(options.NpmDirectory, folder);
            if (Directory.Exists(path))
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(path), RequestPath = "/vendor/" + name });
            else
                app.Logger.LogWarning("{Path} is missing (run ./setup.sh): the web app will lack {Name}", path, name);
        }
        app.UseRouting();

        app.MapOpenApi("/openapi.json");
        var api = app.MapGroup("/api");
        EventsApi.Map(api);
        DocumentsApi.Map(api, options);
        StatsApi.Map(api);
        // Unknown /api paths answer with problem details, not the web app.
        api.Map("/{**rest}", () => Problems.NotFound("no such API endpoint")).ExcludeFromDescription();
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<StoreGateway>().Dispose());
        return app;
    }
}
