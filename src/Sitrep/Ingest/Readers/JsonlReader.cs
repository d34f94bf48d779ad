using System.Text.Json;

namespace Sitrep.Ingest.Readers;

/// <summary>One document per JSON object line; a bad line is one error naming its line number.</summary>
internal static class JsonlReader
{
    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options)
    {
        using var reader = TextDecoding.OpenReader(stream, out var invalid);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            int invalidBefore = invalid.Count;
            var at = source.Within($"line {lineNumber}");
            yield return Parse(line, at, options, invalid.Count - invalidBefore);
        }
    }

    static IngestResult Parse(string line, SourceInput at, IngestOptions options, int invalidBytes)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return at.Error($"invalid JSON ({e.Message})"); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object) return at.Error("not a JSON object");
            var fields = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
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
