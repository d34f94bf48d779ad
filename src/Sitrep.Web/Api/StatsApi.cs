using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Storage.Export;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary><c>/api/stats</c> and <c>/api/actors</c>: counts over the events the filters match.</summary>
static class StatsApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/stats", Stats)
            .WithName("Stats")
            .WithSummary("Counts of matching events by type, status, country, day, month and source; totals of the store")
            .ProducesValidationProblem();
        api.MapGet("/actors", Actors)
            .WithName("Actors")
            .WithSummary("The most frequent actors and recipients of matching events, and who acts on whom")
            .ProducesValidationProblem();
    }

    public sealed record StatsResponse(long Documents, long Tokens, long EventsStored, int Events,
        IReadOnlyDictionary<string, int> ByType, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByCountry,
        IReadOnlyDictionary<string, int> ByDay, IReadOnlyDictionary<string, int> ByMonth, IReadOnlyDictionary<string, int> BySource);

    static Results<Ok<StatsResponse>, ValidationProblem> Stats([AsParameters] EventParams filters, StoreGateway store)
    {
        if (EventFilter.Parse(filters, null, store.Resolve, out var errors) is not { } filter) return TypedResults.ValidationProblem(errors);
        var events = store.Events(filter);
        var totals = store.Totals();
        // Days and months in date order; the other counts largest first.
        return TypedResults.Ok(new StatsResponse(totals.Documents, totals.Tokens, totals.Events, events.Count,
            Count(events, s => s.Event.Type),
            Count(events, s => s.Event.Status),
            Count(events, s => EventFields.PlaceCountry(s.Event)?.Iso3 ?? s.Event.Place?.Country),
            Count(events, s => EventFields.IsoDate(s.Event), byKey: true),
            Count(events, s => EventFields.IsoDate(s.Event) is { Length: > 0 } d ? d[..7] : null, byKey: true),
            Count(events, EventFields.OutletOrFile)));
    }

    public sealed record ActorCount(string Name, int Events, int AsActor, int AsRecipient, string? Country, string? Sector);
    public sealed record Pair(string Actor, string Recipient, int Events);
    public sealed record ActorsResponse(int Events, IReadOnlyList<ActorCount> Actors, IReadOnlyList<Pair> Pairs);

    static Results<Ok<ActorsResponse>, ValidationProblem> Actors([AsParameters] EventParams filters, StoreGateway store, int? limit)
    {
        if (EventFilter.Parse(filters, null, store.Resolve, out var errors) is not { } filter) return TypedResults.ValidationProblem(errors);
        if (limit is < 1 or > 1000) return Problems.Invalid("limit", "1 to 1000");
        int top = limit ?? 50;
        var events = store.Events(filter);
        var names = StringComparer.OrdinalIgnoreCase;
        var actors = events
            .SelectMany(s => s.Event.Actors.Select(a => (a, actor: true)).Concat(s.Event.Recipients.Select(a => (a, actor: false))))
            .GroupBy(x => x.a.Text, names)
            .Select(g => new ActorCount(g.First().a.Text, g.Count(), g.Count(x => x.actor), g.Count(x => !x.actor),
                g.Select(x => x.a.Country).FirstOrDefault(c => c != null), g.Select(x => x.a.Sector).FirstOrDefault(c => c != null)))
            .OrderByDescending(a => a.Events).ThenBy(a => a.Name, names)
            .Take(top).ToList();
        var pairs = events
            .SelectMany(s => s.Event.Actors.SelectMany(a => s.Event.Recipients.Select(r => (a: a.Text, r: r.Text))))
            .GroupBy(p => (p.a.ToLowerInvariant(), p.r.ToLowerInvariant()))
            .Select(g => new Pair(g.First().a, g.First().r, g.Count()))
            .OrderByDescending(p => p.Events).ThenBy(p => p.Actor, names)
            .Take(top).ToList();
        return TypedResults.Ok(new ActorsResponse(events.Count, actors, pairs));
    }

    static IReadOnlyDictionary<string, int> Count(IReadOnlyList<StoredEvent> events, Func<StoredEvent, string?> key, bool byKey = false)
    {
        var counts = new Dictionary<string, int>();
        foreach (var s in events)
        {
            var k = key(s) is { Length: > 0 } value ? value : "unknown";
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }
        var ordered = byKey ? counts.OrderBy(kv => kv.Key, StringComparer.Ordinal) : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal);
        return new OrderedDictionary<string, int>(ordered);
    }
}
