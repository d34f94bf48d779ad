using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Stories;

/// <summary>An incident as JSON and as readable text: summary, count ranges and every report behind it.</summary>
internal static class IncidentJson
{
    public static void Write(Utf8JsonWriter w, Incident i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("type", i.Type);
        w.WriteString("status", i.Status);
        w.WriteString("date", i.Date?.Value);
        w.WriteString("place", i.Place?.Name);
        if (i.Place?.Lat is { } lat && i.Place.Lon is { } lon) { w.WriteNumber("lat", lat); w.WriteNumber("lon", lon); }
        w.WriteNumber("sources", i.Sources);
        w.WriteNumber("outlets", i.Outlets);
        w.WriteString("first_report", i.FirstReport);
        w.WriteString("latest_report", i.LatestReport);
        Range(w, "dead", i.Dead);
        Range(w, "injured", i.Injured);
        w.WriteStartArray("reports");
        foreach (var r in i.Reports)
        {
            w.WriteStartObject();
            w.WriteString("event", r.EventId);
            w.WriteString("document", r.DocumentId);
            w.WriteString("outlet", r.Outlet);
            w.WriteString("reported", r.Reported);
            w.WriteString("status", r.Event.Status);
            if (r.Event.Dead is { } d) w.WriteNumber("dead", d.Best);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Range(Utf8JsonWriter w, string name, CountRange? range)
    {
        if (range is null) return;
        w.WriteStartObject(name);
        w.WriteNumber("low", range.Low);
        w.WriteNumber("best", range.Best);
        w.WriteNumber("high", range.High);
        w.WriteEndObject();
    }

    /// <summary>One line for the incident, then one indented line per report.</summary>
    public static string Text(Incident i)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"{i.Id}  {i.Type} {i.Status}  {i.Date?.Value ?? "undated"}  {i.Place?.Name ?? "unplaced"}  {i.Sources} source{(i.Sources == 1 ? "" : "s")}, {i.Outlets} outlet{(i.Outlets == 1 ? "" : "s")}");
        if (i.Dead is { } d) sb.Append($"  dead {Describe(d)}");
        if (i.Injured is { } j) sb.Append($"  injured {Describe(j)}");
        if (i.FirstReport is { } first) sb.Append($"  reported {first}{(i.LatestReport != first ? " .. " + i.LatestReport : "")}");
        foreach (var r in i.Reports)
            sb.Append($"\n    {r.EventId}  {r.Outlet ?? "?"}  {r.Reported ?? "?"}  {r.Event.Status}{(r.Event.Dead is { } rd ? $"  dead {rd.Best}" : "")}");
        return sb.ToString();
    }

    static string Describe(CountRange r) => r.Low == r.High ? $"{r.Best}" : $"{r.Low}-{r.High} (best {r.Best})";
}
