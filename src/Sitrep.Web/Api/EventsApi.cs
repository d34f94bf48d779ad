using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Documents;
using Sitrep.Storage.Export;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary><c>/api/events</c>: paged JSON, GeoJSON for the map, and the library's exporters as downloads.</summary>
static class EventsApi
{
    public const int DefaultPageSize = 50, MaxPageSize = 1000;

    static readonly Dictionary<string, (string ContentType, string Extension)> Downloads = new()
    {
        ["csv"] = ("text/csv", "csv"),
        ["jsonl"] = ("application/x-ndjson", "jsonl"),
        ["gdelt"] = ("text/tab-separated-values", "gdelt.tsv"),
        ["acled"] = ("text/csv", "acled.csv"),
        ["plover"] = ("application/json", "plover.json"),
        ["geojson"] = ("application/geo+json", "geojson"),
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/events", List)
            .WithName("ListEvents")
            .WithSummary("Stored events matching the filters")
            .WithDescription("format=json (default) is paged: {total, page, page_size, items}; each item is an event with the document it came from. " +
                             "geojson holds every matching event that has coordinates; csv, jsonl, gdelt, acled and plover download every match.")
            .Produces(200, contentType: "application/json")
            .Produces(200, contentType: "application/geo+json")
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem();
        api.MapGet("/events/{id}", Get)
            .WithName("GetEvent")
            .WithSummary("One event: every field, the words each field came from, and its source document");
    }

    static Results<FileContentHttpResult, ValidationProblem> List([AsParameters] EventParams filters, [AsParameters] PageParams paging, StoreGateway store)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = EventFilter.Parse(filters, paging.Sort, store.Resolve, out var filterErrors);
        foreach (var (k, v) in filterErrors) errors[k] = v;
        var format = paging.Format?.ToLowerInvariant() ?? "json";
        if (format != "json" && !Downloads.ContainsKey(format)) errors["format"] = ["one of json, " + string.Join(", ", Downloads.Keys)];
        int page = paging.Page ?? 1, size = paging.PageSize ?? DefaultPageSize;
        if (page < 1) errors["page"] = ["1 or more"];
        if (size is < 1 or > MaxPageSize) errors["page_size"] = [$"1 to {MaxPageSize}"];
        if (filter is null || errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var events = store.Events(filter);
        if (format == "json") return TypedResults.File(Page(events, page, size), "application/json");
        var (contentType, extension) = Downloads[format];
        using var buffer = new MemoryStream();
        EventExporters.Find(format).Write(buffer, events);
        // GeoJSON feeds the map inline; every other format is a file to save.
        return TypedResults.File(buffer.ToArray(), contentType, format == "geojson" ? null : $"sitrep-events.{extension}");
    }

    /// <summary>The page as {total, page, page_size, items}; items are the jsonl exporter's records.</summary>
    static byte[] Page(IReadOnlyList<StoredEvent> events, int page, int size)
    {
        using var items = new MemoryStream();
        long skip = (long)(page - 1) * size;
        var slice = skip >= events.Count ? [] : events.Skip((int)skip).Take(size);
        new JsonlExporter().Write(items, slice);
        using var output = new MemoryStream();
        using (var w = new Utf8JsonWriter(output, DocJsonWriter.Compact))
        {
            w.WriteStartObject();
            w.WriteNumber("total", events.Count);
            w.WriteNumber("page", page);
            w.WriteNumber("page_size", size);
            w.WriteStartArray("items");
            ReadOnlySpan<byte> rest = items.GetBuffer().AsSpan(0, (int)items.Length);
            while (rest.Length > 0)
            {
                int newline = rest.IndexOf((byte)'\n');
                var line = newline < 0 ? rest : rest[..newline];
                if (line.Length > 0) w.WriteRawValue(line, skipInputValidation: true);
                rest = newline < 0 ? [] : rest[(newline + 1)..];
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return output.ToArray();
    }

    static Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem> Get(string id, StoreGateway store)
    {
        if (!Ids.IsEventId(id)) return Problems.Invalid("id", "an event id: the document id, '-', the event id");
        if (store.FindEvent(id) is not var (doc, e)) return Problems.NotFound($"no event {id}");
        using var output = new MemoryStream();
        using (var w = new Utf8JsonWriter(output, DocJsonWriter.Compact))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WritePropertyName("event");
            var text = doc.EvidenceText(e);
            DocJsonWriter.WriteEvent(w, e, text);
            w.WriteStartObject("evidence_text");
            foreach (var (field, span) in e.Fields)
                if (span.End <= text.Length) w.WriteString(field, span.Slice(text));
            w.WriteEndObject();
            w.WriteStartObject("document");
            w.WriteString("id", doc.Info.Id);
            w.WriteString("title", doc.Info.Title);
            w.WriteString("url", doc.Info.Url);
            w.WriteString("source_path", doc.Info.SourcePath);
            w.WriteString("published", doc.Info.Published?.Value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return TypedResults.File(output.ToArray(), "application/json");
    }
}
