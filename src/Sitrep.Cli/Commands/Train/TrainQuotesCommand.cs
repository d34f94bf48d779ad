using System.CommandLine;
using Sitrep.Quotes.Learned;
using Sitrep.Training.Quotes;

namespace Sitrep.Cli.Commands.Train;

/// <summary><c>sitrep train quotes</c>: the source/cue/content tagger from PolNeAR (brat layout, folder or .tar.gz).</summary>
internal static class TrainQuotesCommand
{
    public static readonly Option<string> TrainData = new("--train") { Description = "PolNeAR folder or .tar.gz (reads data/train)", Required = true };
    public static readonly Option<string> DevData = new("--dev") { Description = "PolNeAR folder or .tar.gz (reads data/dev)", Required = true };
    public static readonly Option<string> Out = new("--out") { Description = "Output folder for model.bin and card.json", Required = true };
    public static readonly Option<int> Epochs = new("--epochs") { Description = "Training passes", DefaultValueFactory = _ => 12 };
    public static readonly Option<bool> Backward = new("--backward") { Description = "Tag right to left (default: left to right)" };
    public static readonly Option<int> Seed = new("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => 17 };

    public static Command GetCommand()
    {
        var cmd = new Command("quotes", "Train the quotes tagger (source, cue, content) on PolNeAR");
        foreach (var o in new Option[] { TrainData, DevData, Out, Epochs, Seed, Backward }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            foreach (var path in new[] { p.GetValue(TrainData)!, p.GetValue(DevData)! })
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    Console.Error.WriteLine($"sitrep train quotes: '{path}' not found");
                    return ExitCodes.Fatal;
                }
            var options = new QuoteTrainingOptions(p.GetValue(TrainData)!, p.GetValue(DevData)!, p.GetValue(Out)!)
            {
                Epochs = p.GetValue(Epochs), Seed = p.GetValue(Seed), Backward = p.GetValue(Backward),
                Command = "sitrep " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            };
            var result = QuoteModelTraining.Run(options, Console.Error);
            if (result.Error is not null)
            {
                Console.Error.WriteLine($"sitrep train quotes: {result.Error}");
                return ExitCodes.Fatal;
            }
            EvalCommand.Print(result.Dev!.ToDictionary(), json: false);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
