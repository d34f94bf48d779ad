using Microsoft.AspNetCore.Builder;
using PuppeteerSharp;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Tests.Storage;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>
/// A fixture database built by analysing short articles written for these tests (one with script, image and
/// javascript: markup in its title, body and URL), served on a free loopback port.
/// </summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string HostileTitle = "Checkpoint attack <script>alert('title')</script><img src=x onerror=alert('img')>";
    public const string HostileUrl = "javascript:alert('url')";

    static readonly (string Title, string Text, string? Url)[] Articles =
    [
        ("Rebels shell Mosul", "Rebels shelled the city of Mosul on 3 May 2017, killing four civilians, police said. The governor of Nineveh condemned the attack.", "https://news.example/mosul"),
        ("Ministers meet in Paris", "Foreign ministers of France and Germany met in Paris on 4 May 2017 to discuss the crisis. They agreed to send humanitarian aid to Iraq.", "https://wire.example/paris"),
        ("Protest in Tbilisi", "Thousands of protesters marched in Tbilisi on 6 May 2017 to demand the resignation of the interior minister.", null),
        (HostileTitle, "Militants attacked an army checkpoint in Kirkuk on 5 May 2017 <img src=x onerror=alert('body')> <script>alert('body')</script>, killing two soldiers. " +
            "<a href=\"javascript:alert('link')\">Read more</a>", HostileUrl),
    ];

    readonly StoreFixtures.TempDb _db = new();
    readonly Analyzer _analyzer = Analyzer.Load(new AnalyzerOptions());

    /// <summary>Analyses a text as ingest does (the library's front door).</summary>
    public Doc? Analyse(string text, DocumentInfo info) => _analyzer.Analyze(text, info);
    WebApplication? _app;

    public string BaseUrl { get; private set; } = "";
    public string DatabasePath => _db.Path;
    /// <summary>The stored documents, as analysed.</summary>
    public IReadOnlyList<Doc> Documents { get; private set; } = [];
    public IEnumerable<(Doc Doc, EventRecord Event)> Events => Documents.SelectMany(d => d.Events.Select(e => (d, e)));
    public string HostileDocumentId => Documents.Single(d => d.Info.Title == HostileTitle).Info.Id;

    public async Task InitializeAsync()
    {
        var docs = new List<Doc>();
        using (var store = DocumentStore.Open(_db.Path))
            foreach (var (title, text, url) in Articles)
            {
                var doc = Analyse(text, new DocumentInfo { Title = title, Url = url, SourcePath = $"fixture/{docs.Count}.txt" });
                Assert.NotNull(doc);
                store.Save(doc);
                docs.Add(doc);
            }
        Documents = docs;
        _app = SitrepServer.Build(new ServeOptions
        {
            Database = _db.Path,
            Urls = "http://127.0.0.1:0",
            WebRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            NpmDirectory = new AnalyzerOptions().NpmDirectory,
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    /// <summary>Debian's chromium, headless, launched once for every browser test; null when it is not installed.</summary>
    public async Task<IBrowser?> BrowserAsync()
    {
        if (BrowserSession.ChromiumPath is not { } chromium) return null;
        return _browser ??= await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // CI runs as root, where chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    IBrowser? _browser;

    public async Task DisposeAsync()
    {
        if (_browser != null) await _browser.DisposeAsync();
        if (_app != null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _db.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebServerFixture>
{
    public const string Name = "web server";
}
