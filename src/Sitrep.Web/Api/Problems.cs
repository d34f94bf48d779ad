using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Web.Api;

/// <summary>RFC 9457 problem details the endpoints return.</summary>
static class Problems
{
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);

    public static ValidationProblem Invalid(string parameter, string expected) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [expected] });
}

/// <summary>The shapes of stored ids; anything else is refused before it reaches the store.</summary>
static partial class Ids
{
    public static bool IsDocumentId(string id) => DocumentId().IsMatch(id);
    public static bool IsEventId(string id) => EventId().IsMatch(id);

    [GeneratedRegex("^[0-9a-f]{4,64}$")] private static partial Regex DocumentId();
    [GeneratedRegex("^[0-9a-f]{4,64}-[A-Za-z0-9_.-]{1,32}$")] private static partial Regex EventId();
}
