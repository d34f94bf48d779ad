using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>The orders <c>GET /api/events?sort=</c> accepts; the store's own order (date, document, event) breaks ties.</summary>
static class EventOrder
{
    static readonly Dictionary<string, Func<StoredEvent, IComparable?>> Keys = new()
    {
        ["date"] = s => s.Event.Date?.Value,
        ["type"] = s => s.Event.Type,
        ["status"] = s => s.Event.Status,
        ["place"] = s => s.Event.Place?.Name,
        ["actor"] = s => s.Event.Actors.FirstOrDefault()?.Text,
        ["source"] = EventSources.Of,
        ["dead"] = s => s.Event.Dead?.Best,
        ["confidence"] = s => s.Event.Confidence,
    };

    public static IEnumerable<string> Names => Keys.Keys;

    public static bool IsValid(string? sort) => sort is null || Keys.ContainsKey(sort.TrimStart('-'));

    public static IReadOnlyList<StoredEvent> Apply(IReadOnlyList<StoredEvent> events, string? sort)
    {
        if (sort is null or "date") return events;
        var key = Keys[sort.TrimStart('-')];
        // OrderBy is stable, so equal keys keep the store's order.
        return sort[0] == '-' ? [.. events.OrderByDescending(key)] : [.. events.OrderBy(key)];
    }
}
