using Sitrep.Storage;
using Sitrep.Web.Api;

namespace Sitrep.Web;

/// <summary>
/// The API's event filters, read by the same parser as <c>sitrep events</c> (<see cref="EventFilterParser"/>) into the
/// library's <see cref="EventQuery"/>: the server selects, sorts and pages nothing on its own.
/// </summary>
public sealed record EventFilter(EventQuery Query, string Key)
{
    const int MaxLength = 200;

    /// <summary>The filter, or the problems with each parameter (for a 400 problem details).</summary>
    /// <param name="resolve">Turns a place name in <c>near</c> into coordinates (the store's <c>Resolve</c>); refuses an unknown one.</param>
    public static EventFilter? Parse(EventParams p, string? sort, Func<EventQuery, EventQuery> resolve, out Dictionary<string, string[]> errors)
    {
        errors = [];
        (string Name, string? Value)[] values =
        [
            ("type", p.Type), ("status", p.Status), ("country", p.Country), ("actor", p.Actor), ("source", p.Source), ("q", p.Text),
            ("since", p.Since), ("until", p.Until), ("doc", p.Document), ("near", p.Near), ("bbox", p.Bbox), ("sort", sort),
        ];
        foreach (var (name, value) in values)
            if (value is { Length: > MaxLength }) errors[name] = [$"at most {MaxLength} characters"];
        if (errors.Count > 0) return null;
        var text = new EventFilterText
        {
            Type = p.Type, Status = p.Status, Country = p.Country, Actor = p.Actor, Source = p.Source, Text = p.Text,
            Since = p.Since, Until = p.Until, Doc = p.Document, Near = p.Near, RadiusKm = p.RadiusKm, Bbox = p.Bbox, Sort = sort,
        };
        try
        {
            var query = resolve(EventFilterParser.Parse(text));
            var key = string.Join('\u001f', values.Select(v => v.Value?.Trim() ?? "").Append(p.RadiusKm?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            return new EventFilter(query, key);
        }
        catch (EventFilterException e)
        {
            errors[e.Filter == "text" ? "q" : e.Filter] = [e.Message];
            return null;
        }
    }
}
