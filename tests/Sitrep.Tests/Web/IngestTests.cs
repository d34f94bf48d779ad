using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sitrep.Storage;
using Sitrep.Tests.Storage;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

[Collection(WebCollection.Name)]
public class IngestTests(WebServerFixture server)
{
    const string Token = "a-test-token-of-some-length";
    static readonly HttpClient Http = new();

    static HttpRequestMessage Post(string url, string? token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url + "/api/documents") { Content = JsonContent.Create(body) };
        if (token != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Fact]
    public async Task Ingest_refuses_without_the_token_then_analyses_and_stores()
    {
        using var db = new StoreFixtures.TempDb();
        using (DocumentStore.Open(db.Path)) { }
        await using var app = SitrepServer.Build(new ServeOptions
        {
            Database = db.Path, Urls = "http://127.0.0.1:0", AllowIngest = true, IngestToken = Token, Analyze = server.Analyse,
            WebRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot"), NpmDirectory = Path.GetTempPath(),
        });
        await app.StartAsync();
        var url = app.Urls.First();
        var article = new { text = "Gunmen attacked a police station in Kirkuk on 9 May 2017, killing three officers.", title = "Kirkuk attack", url = "https://news.example/k" };

        foreach (var token in new[] { null, "wrong-token-wrong-token", Token + "x" })
        {
            using var refused = await Http.SendAsync(Post(url, token, article));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(0, JsonDocument.Parse(await Http.GetStringAsync(url + "/api/stats")).RootElement.GetProperty("documents").GetInt32());

        using var created = await Http.SendAsync(Post(url, Token, article));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var events = JsonDocument.Parse(await Http.GetStringAsync($"{url}/api/events?doc={id}")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(server.Analyse(article.text, new() { Title = article.title, Url = article.url, SourcePath = "api" })!.Events.Count, events);

        using var again = await Http.SendAsync(Post(url, Token, article));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var bad = await Http.SendAsync(Post(url, Token, new { text = "x", url = "javascript:alert(1)" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Without_allow_ingest_there_is_no_ingest_endpoint()
    {
        using var response = await Http.SendAsync(Post(server.BaseUrl, Token, new { text = "Rebels shelled Mosul." }));
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, response.StatusCode.ToString());
        Assert.Equal(server.Documents.Count, JsonDocument.Parse(await Http.GetStringAsync(server.BaseUrl + "/api/stats")).RootElement.GetProperty("documents").GetInt32());
    }
}
