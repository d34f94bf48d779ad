using System.Net;
using System.Text.Json;
using Sitrep.Storage;
using Sitrep.Tests.Storage;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

[Collection(WebCollection.Name)]
public class ApiTests(WebServerFixture server)
{
    static readonly HttpClient Http = new();

    async Task<(HttpStatusCode Status, string? ContentType, JsonElement Json)> Get(string path)
    {
        using var response = await Http.GetAsync(server.BaseUrl + path);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && body[0] is '{' or '[' ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    [Fact]
    public async Task Events_are_paged_over_every_stored_event()
    {
        int stored = server.Events.Count();
        var (status, _, first) = await Get("/api/events?page_size=3");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(stored, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        var ids = new HashSet<string>();
        for (int page = 1; page <= (stored + 2) / 3; page++)
        {
            var (_, _, json) = await Get($"/api/events?page_size=3&page={page}");
            foreach (var item in json.GetProperty("items").EnumerateArray())
                ids.Add(item.GetProperty("document_id").GetString() + "-" + item.GetProperty("event").GetProperty("id").GetString());
        }
        Assert.Equal(server.Events.Select(x => $"{x.Doc.Info.Id}-{x.Event.Id}").ToHashSet(), ids);
    }

    [Fact]
    public async Task Filters_select_the_events_they_name()
    {
        var assaults = server.Events.Count(x => x.Event.Type == "ASSAULT");
        Assert.Equal(assaults, (await Get("/api/events?type=assault")).Json.GetProperty("total").GetInt32());
        var occurredAssaults = server.Events.Count(x => x.Event.Type == "ASSAULT" && x.Event.Status == "occurred");
        Assert.Equal(occurredAssaults, (await Get("/api/events?type=ASSAULT&status=occurred")).Json.GetProperty("total").GetInt32());
        var doc = server.Documents[0];
        Assert.Equal(doc.Events.Count, (await Get($"/api/events?doc={doc.Info.Id}")).Json.GetProperty("total").GetInt32());
        var inBox = server.Events.Count(x => x.Event.Place?.Lat is >= 30 and <= 40 && x.Event.Place.Lon is >= 40 and <= 50);
        Assert.Equal(inBox, (await Get("/api/events?bbox=40,30,50,40")).Json.GetProperty("total").GetInt32());
    }

    public static TheoryData<string> Injections => new()
    {
        "' OR '1'='1", "1; DROP TABLE events; --", "%' OR 1=1 --", "\" OR \"\"=\"", "') UNION SELECT json, id, 1, 1, 1, 1 FROM documents --", "*",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task Sql_injection_in_any_filter_gives_400_or_no_events(string attack)
    {
        foreach (var name in new[] { "type", "status", "country", "actor", "source", "q", "since", "until", "doc", "near", "radius", "bbox", "sort", "page", "page_size", "format" })
        {
            var (status, contentType, json) = await Get($"/api/events?{name}={Uri.EscapeDataString(attack)}");
            if (status == HttpStatusCode.OK) Assert.Equal(0, json.GetProperty("total").GetInt32());
            else
            {
                Assert.Equal(HttpStatusCode.BadRequest, status);
                Assert.Equal("application/problem+json", contentType);
            }
        }
        foreach (var path in new[] { "/api/events/", "/api/documents/", "/api/stats?country=", "/api/actors?type=", "/api/search?q=" })
        {
            var (status, _, _) = await Get(path + Uri.EscapeDataString(attack));
            Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.OK, $"{path}: {status}");
        }
        Assert.Equal(server.Events.Count(), (await Get("/api/stats")).Json.GetProperty("events_stored").GetInt32());
    }

    [Fact]
    public async Task An_event_comes_with_every_field_the_words_behind_them_and_its_source()
    {
        var (doc, e) = server.Events.First(x => x.Event.Fields.Count > 1);
        var (status, _, json) = await Get($"/api/events/{doc.Info.Id}-{e.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(e.Type, json.GetProperty("event").GetProperty("type").GetString());
        var words = json.GetProperty("evidence_text");
        foreach (var (field, span) in e.Fields)
            Assert.Equal(span.Slice(doc.EvidenceText(e)), words.GetProperty(field).GetString());
        Assert.Equal(doc.Info.Title, json.GetProperty("document").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_document_is_its_text_with_every_layer()
    {
        var doc = server.Documents[1];
        var (status, _, json) = await Get($"/api/documents/{doc.Info.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(doc.Text, json.GetProperty("text").GetString());
        foreach (var layer in new[] { "tokens", "entities", "timexes", "places", "quotes", "events" })
            Assert.Equal(JsonValueKind.Array, json.GetProperty(layer).ValueKind);
        Assert.Equal(doc.Events.Count, json.GetProperty("events").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/events/0123456789abcdef-E1")]
    [InlineData("/api/documents/0123456789abcdef")]
    [InlineData("/api/no-such-thing")]
    public async Task Missing_things_are_404_problem_details(string path)
    {
        var (status, contentType, json) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Stats_count_the_matching_events_by_type_and_actors_pair_who_acts_on_whom()
    {
        var (_, _, stats) = await Get("/api/stats");
        foreach (var group in server.Events.GroupBy(x => x.Event.Type))
            Assert.Equal(group.Count(), stats.GetProperty("by_type").GetProperty(group.Key).GetInt32());
        Assert.Equal(server.Documents.Count, stats.GetProperty("documents").GetInt32());
        var (_, _, actors) = await Get("/api/actors");
        var pairs = server.Events.Sum(x => x.Event.Actors.Count * x.Event.Recipients.Count);
        Assert.Equal(pairs, actors.GetProperty("pairs").EnumerateArray().Sum(p => p.GetProperty("events").GetInt32()));
    }

    [Fact]
    public async Task Search_finds_the_documents_whose_events_mention_the_words()
    {
        var (_, _, json) = await Get("/api/search?q=Tbilisi");
        var hit = Assert.Single(json.GetProperty("hits").EnumerateArray());
        Assert.Contains("Tbilisi", server.Documents.Single(d => d.Info.Id == hit.GetProperty("document_id").GetString()).Text);
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("gdelt", "text/tab-separated-values")]
    [InlineData("acled", "text/csv")]
    [InlineData("plover", "application/json")]
    [InlineData("jsonl", "application/x-ndjson")]
    public async Task Exports_download_as_files(string format, string contentType)
    {
        using var response = await Http.GetAsync($"{server.BaseUrl}/api/events?type=ASSAULT&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var (status, _, json) = await Get("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/documents/{id}", "/api/search", "/api/stats", "/api/actors" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.False(paths.TryGetProperty("/api/documents", out _), "ingest is off, so it is not listed");
    }

    [Theory]
    [InlineData("/vendor/leaflet/..%2F..%2Fpackage.json")]
    [InlineData("/vendor/leaflet/%2e%2e/%2e%2e/world-countries/package.json")]
    [InlineData("/..%2F..%2FSitrep.Tests.dll")]
    [InlineData("/js/..%2F..%2Fsitrep.db")]
    public async Task Static_files_cannot_escape_their_folder(string path)
    {
        using var response = await Http.GetAsync(server.BaseUrl + path);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/stats")]
    public async Task Responses_carry_a_content_security_policy_without_unsafe_inline(string path)
    {
        using var response = await Http.GetAsync(server.BaseUrl + path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void The_store_is_read_only_unless_ingest_is_allowed()
    {
        using var db = new StoreFixtures.TempDb();
        using (var writable = DocumentStore.Open(db.Path)) writable.Save(StoreFixtures.DocWithEvents());
        using var gateway = new StoreGateway(db.Path, writable: false, cacheEvents: 1000);
        Assert.Throws<InvalidOperationException>(() => gateway.Save(StoreFixtures.DocWithEvents()));
        using var reader = DocumentStore.OpenReadOnly(db.Path);
        var other = StoreFixtures.DocWithEvents();
        other.Info.Id = "feedfacefeedface";
        var refused = Assert.Throws<StoreException>(() => { reader.Save(other); reader.Flush(); });
        Assert.Contains(db.Path, refused.Message);
    }

    [Fact]
    public async Task Clients_beyond_the_rate_limit_get_429_problem_details()
    {
        using var db = new StoreFixtures.TempDb();
        using (var store = DocumentStore.Open(db.Path)) store.Save(StoreFixtures.DocWithEvents());
        await using var app = SitrepServer.Build(new ServeOptions
        {
            Database = db.Path, Urls = "http://127.0.0.1:0", RateLimitPerSecond = 2,
            WebRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot"), NpmDirectory = Path.GetTempPath(),
        });
        await app.StartAsync();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 10; i++)
        {
            using var response = await Http.GetAsync(app.Urls.First() + "/api/stats");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        await app.StopAsync();
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
