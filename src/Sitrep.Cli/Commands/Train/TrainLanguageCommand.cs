using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Learning;
using Sitrep.Training.Language;
using Sitrep.Training.Learning;

namespace Sitrep.Cli.Commands.Train;

/// <summary><c>sitrep train tagger|lemmatizer|parser</c>: thin subcommands over the Language trainers.</summary>
internal static class TrainLanguageCommand
{
    public static readonly Option<string[]> Train = new("--train") { Description = "Training CoNLL-U files", Required = true, AllowMultipleArgumentsPerToken = true };
    public static readonly Option<string> Dev = new("--dev") { Description = "Development CoNLL-U file (scores per epoch)", Required = true };
    public static readonly Option<string[]> Test = new("--test") { Description = "Test CoNLL-U files scored into the model card", AllowMultipleArgumentsPerToken = true };
    public static readonly Option<string> Out = new("--out") { Description = "Output folder (model.bin, card.json)", Required = true };
    public static readonly Option<int> Seed = new("--seed") { Description = "Random seed for shuffling", DefaultValueFactory = _ => 1 };
    public static readonly Option<int?> Epochs = new("--epochs") { Description = "Training epochs (default per model)" };
    public static readonly Option<string?> Tagger = new("--tagger") { Description = "Parser only: tagger model whose predicted tags the parser is scored (and trained) with" };

    public static readonly Option<float?> MinWeight = new("--min-weight") { Description = "Tagger and parser: drop averaged weights smaller than this when freezing (default 0.0001)" };

    public static readonly Option<string?> Clusters = new("--clusters") { Description = "Tagger and parser: Brown clusters model (models/clusters/model.bin) used as features" };

    public static readonly Option<int> Jackknife = new("--jackknife") { Description = "Parser only: train on tags predicted by K fold taggers (0 = gold tags)" };

    public static IEnumerable<Command> GetCommands() => LanguageTraining.Models.Select(GetCommand);

    static Command GetCommand(string model)
    {
        var cmd = new Command(model, $"Train the {model} on CoNLL-U treebanks");
        foreach (var o in new Option[] { Train, Dev, Test, Out, Seed, Epochs, Tagger, Jackknife, MinWeight, Clusters }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var files = p.GetValue(Train)!.Append(p.GetValue(Dev)!).Concat(p.GetValue(Test) ?? []);
            foreach (var f in files)
                if (!File.Exists(f)) { Console.Error.WriteLine($"sitrep train: '{f}' not found"); return ExitCodes.Fatal; }
            var request = new LanguageTrainingRequest
            {
                Model = model,
                Train = p.GetValue(Train)!,
                Dev = p.GetValue(Dev)!,
                Test = p.GetValue(Test) ?? [],
                OutDirectory = p.GetValue(Out)!,
                TaggerPath = p.GetValue(Tagger),
                JackknifeFolds = p.GetValue(Jackknife),
                ClustersPath = p.GetValue(Clusters),
                Options = new TrainingOptions
                {
                    Seed = p.GetValue(Seed),
                    Epochs = p.GetValue(Epochs) ?? LanguageTraining.DefaultEpochs(model),
                    MinWeight = p.GetValue(MinWeight) ?? new TrainingOptions().MinWeight,
                    Progress = line => Console.Error.WriteLine(line),
                },
                Command = "sitrep train " + string.Join(' ', Environment.GetCommandLineArgs().Skip(2)),
            };
            var result = LanguageTraining.Run(request);
            if (result.Error is not null) { Console.Error.WriteLine($"sitrep train: {result.Error}"); return ExitCodes.Fatal; }
            Console.Error.WriteLine($"wrote {result.ModelPath} ({new FileInfo(result.ModelPath!).Length / 1024.0 / 1024.0:F1} MB) and card.json");
            Console.Out.WriteLine(JsonSerializer.Serialize(result.Scores));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
