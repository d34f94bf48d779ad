using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Learning;

/// <summary>
/// The card.json written beside every trained model, with one key set for all of them: what the model
/// is, the command that reproduces it, its data and licences, its settings and scores; facts only one
/// model has go under <c>details</c>.
/// </summary>
internal sealed record ModelCard(string Model, string Kind, int FormatVersion, string Command)
{
    public const string FileName = "card.json";

    /// <summary>One entry per training file: at least its name and licence.</summary>
    public IReadOnlyList<object> TrainingData { get; init; } = [];
    public object? DevData { get; init; }
    public int? Seed { get; init; }
    public int? Epochs { get; init; }
    /// <summary>The epoch whose weights were kept (by held-out score), or the last one.</summary>
    public int? BestEpoch { get; init; }
    /// <summary>The trainer's settings.</summary>
    public object? Options { get; init; }
    /// <summary>Set name → metric → value.</summary>
    public object? Scores { get; init; }
    public double? TrainingSeconds { get; init; }
    public long ModelBytes { get; init; }
    public IReadOnlyDictionary<string, object?>? Details { get; init; }

    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes card.json into the folder of <paramref name="modelPath"/>, with the model file's size.</summary>
    public void Write(string modelPath)
    {
        var card = this with
        {
            ModelBytes = new FileInfo(modelPath).Length,
            TrainingSeconds = TrainingSeconds is { } s ? Math.Round(s, 1) : null,
        };
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(card, Json) + "\n");
    }
}
