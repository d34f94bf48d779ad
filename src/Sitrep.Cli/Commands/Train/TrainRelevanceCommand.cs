using System.CommandLine;
using System.Text.Json;
using Sitrep.Training.Events;

namespace Sitrep.Cli.Commands.Train;

/// <summary><c>sitrep train relevance</c>: the events stage's political/conflict news classifier.</summary>
internal static class TrainRelevanceCommand
{
    static readonly Option<string?> Bbc = new("--bbc") { Description = "BBC News bbc-fulltext.tar.gz (topic folders)" };
    static readonly Option<string?> Reuters = new("--reuters") { Description = "Reuters-21578 folder of reut2-NNN.sgm(.gz)" };
    static readonly Option<string?> Isot = new("--isot") { Description = "ISOT true_sample.csv.gz" };
    static readonly Option<string?> Ipe = new("--ipe") { Description = "IndiaPoliceEvents ipe_sents.dev.csv" };
    static readonly Option<string?> Ngec = new("--ngec") { Description = "NGEC gpt_synthetic_events_*.csv.zip" };
    static readonly Option<string> Out = new("--out") { Description = "Output folder for model.bin and card.json", Required = true };
    static readonly Option<int> Epochs = new("--epochs") { Description = "Training passes", DefaultValueFactory = _ => 8 };
    static readonly Option<int> Seed = new("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => 7 };

    public static Command GetCommand()
    {
        var cmd = new Command("relevance", "Train the relevance model (political or conflict news vs sport, business, entertainment, technology)");
        foreach (var o in new Option[] { Bbc, Reuters, Isot, Ipe, Ngec, Out, Epochs, Seed }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            string?[] inputs = [p.GetValue(Bbc), p.GetValue(Reuters), p.GetValue(Isot), p.GetValue(Ipe), p.GetValue(Ngec)];
            if (inputs.All(i => i is null))
            {
                Console.Error.WriteLine("sitrep train relevance: give at least one corpus (--bbc, --reuters, --isot, --ipe, --ngec)");
                return ExitCodes.Fatal;
            }
            foreach (var path in inputs.OfType<string>())
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    Console.Error.WriteLine($"sitrep train relevance: '{path}' not found");
                    return ExitCodes.Fatal;
                }
            var options = new RelevanceTrainingOptions(p.GetValue(Out)!)
            {
                Bbc = inputs[0], Reuters = inputs[1], Isot = inputs[2], IndiaPoliceEvents = inputs[3], Ngec = inputs[4],
                Epochs = p.GetValue(Epochs), Seed = p.GetValue(Seed),
                Command = "./sitrep train relevance " + string.Join(' ', p.Tokens.Select(t => t.Value)),
            };
            var result = RelevanceTraining.Run(options, Console.Error);
            Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
