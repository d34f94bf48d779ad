using System.Text.Json;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Reads Sitrep's end-to-end event gold: JSONL, one article per line with <c>corpus</c>, <c>record</c>,
/// <c>text_sha256</c> and <c>events</c> (format in docs/gold.md). A bad line fails the whole file with one line
/// naming it, since a partly read gold would give misleading scores.
/// </summary>
internal static class E2eGoldReader
{
    /// <summary>True when the file is JSONL whose first record carries the e2e locator keys.</summary>
    public static bool Detect(string path)
    {
        if (!File.Exists(path) || !path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return false;
        using var reader = new StreamReader(path);
        string? line;
        while ((line = reader.ReadLine()) != null && line.Trim().Length == 0) { }
        return line != null && line.Contains("\"text_sha256\"", StringComparison.Ordinal) && line.Contains("\"corpus\"", StringComparison.Ordinal);
    }

    public static E2eGoldReadResult Read(string path)
    {
        var articles = new List<E2eArticle>();
        int lineNo = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                lineNo++;
                if (line.Trim().Length == 0) continue;
                using var json = JsonDocument.Parse(line);
                articles.Add(Article(json.RootElement));
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return new E2eGoldReadResult([], $"{path}:{lineNo}: not an e2e gold record ({e.Message})");
        }
        catch (IOException e)
        {
            return new E2eGoldReadResult([], $"{path}: {e.Message}");
        }
        var duplicate = articles.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? new E2eGoldReadResult(articles, null) : new E2eGoldReadResult([], $"{path}: article id '{duplicate.Key}' appears twice");
    }

    static E2eArticle Article(JsonElement a) =>
        new(Req(a, "id"), Req(a, "corpus"), a.GetProperty("record").GetInt32(), Req(a, "text_sha256"))
        {
            ReportDate = Str(a, "report_date"),
            Outlet = Str(a, "outlet"),
            Events = a.TryGetProperty("events", out var ev) ? [.. ev.EnumerateArray().Select(Event)] : [],
        };

    static E2eGoldEvent Event(JsonElement e) =>
        new(Req(e, "type"), Req(e, "status"))
        {
            Mode = Str(e, "mode"),
            Actors = Participants(e, "actors"),
            Recipients = Participants(e, "recipients"),
            Place = Obj(e, "place") is { } p
                ? new E2eGoldPlace(Req(p, "name"), p.TryGetProperty("geonameid", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt64() : null,
                    p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble(), Str(p, "level") ?? E2eGoldPlace.Point)
                { CountryCode = Str(p, "country"), Admin1Name = Str(p, "admin1") }
                : null,
            Date = Obj(e, "date") is { } d ? new E2eGoldDate(Req(d, "value"), Req(d, "precision")) : null,
            Dead = Count(e, "dead"),
            Injured = Count(e, "injured"),
            Arrested = Count(e, "arrested"),
            Source = Obj(e, "source") is { } s ? new E2eGoldSource(Req(s, "kind"), SpanOrNull(s), Str(s, "name")) : null,
            Evidence = e.TryGetProperty("evidence", out var evidence) ? [.. evidence.EnumerateArray().Select(Span)] : [],
        };

    static List<E2eGoldParticipant> Participants(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(p => new E2eGoldParticipant(Span(p), Str(p, "country"), Str(p, "sector")))] : [];

    static E2eGoldCount? Count(JsonElement e, string name) =>
        Obj(e, name) is { } c ? new E2eGoldCount(c.GetProperty("best").GetInt32(), Int(c, "low"), Int(c, "high")) : null;

    static E2eSpan Span(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    static E2eSpan? SpanOrNull(JsonElement e) => e.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.Number ? Span(e) : null;

    static JsonElement? Obj(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    static string Req(JsonElement e, string name) => Str(e, name) ?? throw new FormatException($"missing \"{name}\"");
}

/// <summary>The articles read, or the one-line reason the file could not be read.</summary>
internal sealed record E2eGoldReadResult(List<E2eArticle> Articles, string? Error)
{
    public bool Success => Error is null;
}
