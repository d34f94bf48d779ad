using System.Text.Json;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Reads PLOVER gold-standard records (a JSON array; GSR 0.5b1 fields id, event, mode, text, source[], target[]).
/// Old labels become current PLOVER: FIGHT→ASSAULT, DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE/investigate.
/// The DOCUMENT header record is skipped.
/// </summary>
internal static class PloverGoldReader
{
    public static GoldReadResult Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Array) return GoldReadResult.Fail($"{path}: expected a JSON array of PLOVER records");
            var records = new List<GoldRecord>();
            foreach (var r in json.RootElement.EnumerateArray())
            {
                var label = Str(r, "event");
                var text = Str(r, "text");
                if (label is null or "DOCUMENT" || string.IsNullOrWhiteSpace(text)) continue;
                var (type, mode) = MapLabel(label, Str(r, "mode"));
                records.Add(new GoldRecord(Str(r, "id") ?? $"record-{records.Count + 1}", text.Trim('{', '}', ' '), Str(r, "date"))
                {
                    Type = type, Mode = mode, Sources = Participants(r, "source"), Targets = Participants(r, "target"),
                });
            }
            return GoldReadResult.Ok(records);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return GoldReadResult.Fail($"{path}: {e.Message}");
        }
    }

    public static (string Type, string? Mode) MapLabel(string label, string? mode)
    {
        mode = string.IsNullOrWhiteSpace(mode) ? null : mode.Trim();
        return label switch
        {
            "FIGHT" => ("ASSAULT", mode),
            "DEMAND" => ("REQUEST", mode),
            "DISAPPROVE" => ("ACCUSE", mode),
            "INVESTIGATE" => ("ACCUSE", "investigate"),
            _ => (label, mode),
        };
    }

    static List<GoldParticipant> Participants(JsonElement r, string name)
    {
        var list = new List<GoldParticipant>();
        if (r.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array)
            foreach (var p in a.EnumerateArray())
                list.Add(new GoldParticipant(Str(p, "actorText"), Str(p, "code")));
        return list;
    }

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>Gold records, or the one-line reason they could not be read.</summary>
internal sealed record GoldReadResult(List<GoldRecord> Records, string? Error)
{
    public bool Success => Error is null;
    public static GoldReadResult Ok(List<GoldRecord> records) => new(records, null);
    public static GoldReadResult Fail(string error) => new([], error);
}
