using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Documents;

namespace Sitrep.Web.Api;

/// <summary><c>/api/documents/{id}</c>, <c>/api/search</c>, and the optional ingest endpoint.</summary>
static class DocumentsApi
{
    public static void Map(IEndpointRouteBuilder api, ServeOptions options)
    {
        api.MapGet("/documents/{id}", Get)
            .WithName("GetDocument")
            .WithSummary("A stored document: its text and every annotation layer, as the contract's document JSON")
            .Produces(200, contentType: "application/json");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Documents whose events mention every word of q (in the sentence, title, actors or place)")
            .ProducesValidationProblem();
        if (options is { AllowIngest: true, IngestToken: { Length: > 0 } token, Analyze: { } analyze })
            api.MapPost("/documents", (HttpRequest request, StoreGateway store) => Ingest(request, store, token, analyze))
                .Accepts<IngestRequest>("application/json")
                .WithName("IngestDocument")
                .WithSummary("Analyses a text and stores it (only with --allow-ingest; needs 'Authorization: Bearer TOKEN')")
                .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    static Results<ContentHttpResult, ProblemHttpResult, ValidationProblem> Get(string id, StoreGateway store)
    {
        if (!Ids.IsDocumentId(id)) return Problems.Invalid("id", "a document id (lower-case hexadecimal)");
        return store.DocumentJson(id) is { } json ? TypedResults.Text(json, "application/json", Encoding.UTF8) : Problems.NotFound($"no document {id}");
    }

    public sealed record SearchHit(string DocumentId, string? Title, string? Url, string? Published, int Events, string Sentence);
    public sealed record SearchResponse(string Q, int Total, IReadOnlyList<SearchHit> Hits);

    static Results<Ok<SearchResponse>, ValidationProblem> Search(string? q, int? limit, StoreGateway store)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.Invalid("q", "words to search for");
        if (limit is < 1 or > 500) return Problems.Invalid("limit", "1 to 500");
        if (EventFilter.Parse(new EventParams { Text = q }, null, store.Resolve, out var errors) is not { } filter) return TypedResults.ValidationProblem(errors);
        var hits = store.Events(filter)
            .GroupBy(s => s.DocumentId)
            .Select(g => new SearchHit(g.Key, g.First().Title, g.First().Url, g.First().Published, g.Count(), g.First().SentenceText))
            .OrderByDescending(h => h.Events).ThenByDescending(h => h.Published, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new SearchResponse(q, hits.Count, hits.Take(limit ?? 50).ToList()));
    }

    /// <summary>A text to analyse and store, with what is known of where it came from.</summary>
    public sealed record IngestRequest(string Text, string? Title, string? Url, string? Published);
    public sealed record IngestResponse(string Id, bool Added, int Events);

    static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ProblemHttpResult, ValidationProblem>> Ingest(
        HttpRequest request, StoreGateway store, string token, Func<string, DocumentInfo, Doc?> analyze)
    {
        // The token is checked before the body is read.
        if (!Authorized(request, token)) return TypedResults.Problem("a valid 'Authorization: Bearer TOKEN' header is required", statusCode: StatusCodes.Status401Unauthorized);
        IngestRequest? body;
        try { body = await request.ReadFromJsonAsync<IngestRequest>(); }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Problems.Invalid("body", "a JSON object {text, title?, url?, published?}");
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Text)) return Problems.Invalid("text", "the article text");
        if (body.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            return Problems.Invalid("url", "an http or https URL");
        var info = new DocumentInfo { Url = body.Url, Title = body.Title, SourcePath = "api", Published = body.Published is { } p ? new PublishedDate(p) : null };
        if (analyze(body.Text, info) is not { } doc) return TypedResults.Problem("the text could not be analysed", statusCode: StatusCodes.Status422UnprocessableEntity);
        var response = new IngestResponse(doc.Info.Id, store.Save(doc), doc.Events.Count);
        return response.Added ? TypedResults.Created($"/api/documents/{doc.Info.Id}", response) : TypedResults.Ok(response);
    }

    static bool Authorized(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
