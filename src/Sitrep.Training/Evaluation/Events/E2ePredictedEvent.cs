using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// What the scorer needs of a coded event, read from the contract's event JSON (as <c>sitrep run --format json</c>
/// prints it), so that any field the coder adds under its contract name (e.g. <c>source</c>) is scored without this
/// code knowing the coder's classes.
/// </summary>
internal sealed record E2ePredictedEvent(string Type, string Status)
{
    public List<(string Text, string? Country, string? Sector)> Actors { get; init; } = [];
    public List<(string Text, string? Country, string? Sector)> Recipients { get; init; } = [];
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public long? GeonameId { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? DateValue { get; init; }
    public string? DatePrecision { get; init; }
    public int? Dead { get; init; }
    public string? SourceKind { get; init; }
    public string? SourceText { get; init; }
    /// <summary>The trigger's characters and the sentence it was read in (evidence), for error listings.</summary>
    public string? Trigger { get; init; }
    public string? Sentence { get; init; }

    public bool IsFact => Status is EventStatus.Occurred or EventStatus.Ongoing;

    public static E2ePredictedEvent FromJson(JsonElement e)
    {
        var place = Obj(e, "place");
        var date = Obj(e, "date");
        var source = Obj(e, "source");
        var evidence = Obj(e, "evidence");
        var sentence = evidence is { } ev ? Obj(ev, "sentence") : null;
        return new E2ePredictedEvent(Str(e, "type") ?? "", Str(e, "status") ?? EventStatus.Occurred)
        {
            Actors = Participants(e, "actors"),
            Recipients = Participants(e, "recipients"),
            Lat = place is { } p ? Num(p, "lat") : null,
            Lon = place is { } q ? Num(q, "lon") : null,
            GeonameId = place is { } g && g.TryGetProperty("geonameid", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null,
            Country = place is { } c ? Str(c, "country") : null,
            Admin1 = place is { } a ? Str(a, "admin1") : null,
            DateValue = date is { } d ? Str(d, "value") : null,
            DatePrecision = date is { } dp ? Str(dp, "precision") : null,
            Dead = Obj(e, "dead") is { } dead && Num(dead, "best") is { } best ? (int)best
                : e.TryGetProperty("dead", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
            SourceKind = source is { } s ? Str(s, "kind") : null,
            SourceText = source is { } t ? Str(t, "text") : null,
            Sentence = sentence is { } st ? Str(st, "text") : null,
            Trigger = sentence is { } sp && Str(sp, "text") is { } text && Num(sp, "start") is { } offset
                && evidence is { } f && Obj(f, "fields") is { } fields && Obj(fields, "trigger") is { } trigger
                && Num(trigger, "start") is { } ts && Num(trigger, "end") is { } te
                && ts >= offset && te - offset <= text.Length ? text[(int)(ts - offset)..(int)(te - offset)] : null,
        };
    }

    static List<(string, string?, string?)> Participants(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(p => (Str(p, "text") ?? "", Str(p, "country"), Str(p, "sector")))]
            : [];

    static JsonElement? Obj(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static double? Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
