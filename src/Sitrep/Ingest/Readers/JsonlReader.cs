using System.Text.Json;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// One document per JSON object line (a bad line is one error naming its line number); also a JSON array of objects
/// (one document per element) and a single pretty-printed object.
/// </summary>
internal static class JsonlReader
{
    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options)
    {
        using var reader = TextDecoding.OpenReader(stream, out var invalid);
        int lineNumber = 0;
        bool first = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            int invalidBefore = invalid.Count;
            if (first && IsWholeDocument(line))
            {
                foreach (var r in ReadWhole(line + "\n" + reader.ReadToEnd(), source, options, invalid.Count)) yield return r;
                yield break;
            }
            first = false;
            var at = source.Within($"line {lineNumber}");
            yield return Parse(line, at, options, invalid.Count - invalidBefore);
        }
    }

    /// <summary>An array, or an object that does not close on its first line: the file is one JSON value, not JSON lines.</summary>
    static bool IsWholeDocument(string firstLine)
    {
        var t = firstLine.TrimStart();
        if (t.StartsWith('[')) return true;
        if (!t.StartsWith('{')) return false;
        try { using var _ = JsonDocument.Parse(t); return false; }
        catch (JsonException) { return true; }
    }

    static IEnumerable<IngestResult> ReadWhole(string text, SourceInput source, IngestOptions options, int invalidBytes)
    {
        JsonDocument? json = null;
        string? error = null;
        try { json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException e) { error = $"invalid JSON ({e.Message})"; }
        if (json is null)
        {
            yield return source.Error(error!);
            yield break;
        }
        using (json)
        {
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                yield return FromObject(json.RootElement, source, options, invalidBytes);
                yield break;
            }
            int index = 0;
            foreach (var element in json.RootElement.EnumerateArray())
            {
                var at = source.Within($"item {++index}");
                yield return element.ValueKind == JsonValueKind.Object ? FromObject(element, at, options, 0) : at.Error("not a JSON object");
            }
        }
    }

    static IngestResult Parse(string line, SourceInput at, IngestOptions options, int invalidBytes)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return at.Error($"invalid JSON ({e.Message})"); }
        using (json)
            return json.RootElement.ValueKind == JsonValueKind.Object ? FromObject(json.RootElement, at, options, invalidBytes) : at.Error("not a JSON object");
    }

    static IngestResult FromObject(JsonElement obj, SourceInput at, IngestOptions options, int invalidBytes)
    {
        var fields = obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        if (ColumnMap.Resolve(fields.Keys, options) is not { } columns) return at.Error(ColumnMap.Missing(fields.Keys, options));
        var raw = new RawDocument(at, Value(fields[columns.Text]) ?? "")
        {
            Title = columns.Title is null ? null : Value(fields[columns.Title]),
            Published = columns.Date is null ? null : Value(fields[columns.Date]),
            Url = columns.Url is null ? null : Value(fields[columns.Url]),
            Warnings = invalidBytes > 0 ? [DecodedText.InvalidUtf8(invalidBytes)] : [],
        };
        return DocumentBuilder.Build(raw, options);
    }

    /// <summary>Strings as they are, numbers and booleans as written, arrays of strings as paragraphs.</summary>
    static string? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Array => string.Join("\n\n", e.EnumerateArray().Select(Value).Where(v => !string.IsNullOrEmpty(v))),
        _ => null,
    };
}
