using System.Text.Json;
using Sitrep.Learning;
using Sitrep.Tests.Language;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Learning;

public sealed class ModelCardTests : TempFolderTest
{
    [Fact]
    public void Every_card_has_the_same_keys_in_snake_case_and_the_model_size()
    {
        var model = Path.Combine(Dir, "model.bin");
        File.WriteAllBytes(model, new byte[123]);
        new ModelCard("quotes", "quotes", 3, "sitrep train quotes")
        {
            Seed = 17,
            BestEpoch = 4,
            TrainingSeconds = 12.345,
            Scores = new Dictionary<string, object> { ["dev"] = new Dictionary<string, double> { ["f1"] = 0.5 } },
            Details = new Dictionary<string, object?> { ["features"] = 10 },
        }.Write(model);
        using var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, ModelCard.FileName)));
        var root = card.RootElement;
        Assert.Equal(["model", "kind", "format_version", "command", "training_data", "seed", "best_epoch", "scores", "training_seconds", "model_bytes", "details"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(123, root.GetProperty("model_bytes").GetInt64());
        Assert.Equal(12.3, root.GetProperty("training_seconds").GetDouble());
        Assert.Equal(0.5, root.GetProperty("scores").GetProperty("dev").GetProperty("f1").GetDouble());
    }
}
