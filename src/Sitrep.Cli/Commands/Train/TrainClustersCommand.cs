using System.CommandLine;
using Sitrep.Language.Clusters;
using Sitrep.Training.Language.Clusters;

namespace Sitrep.Cli.Commands.Train;

/// <summary><c>sitrep train clusters</c>: Brown word clusters from unlabeled text (files, folders, archives).</summary>
internal static class TrainClustersCommand
{
    public static readonly Option<string[]> TrainData = new("--train") { Description = "Unlabeled text: files, folders or archives Ingest reads, or Reuters-21578 .sgm(.gz)", Required = true, AllowMultipleArgumentsPerToken = true };
    public static readonly Option<string> Out = new("--out") { Description = "Output folder for model.bin and card.json", Required = true };
    public static readonly Option<int> Clusters = new("--clusters") { Description = "Number of clusters (the window size C)", DefaultValueFactory = _ => 1000 };
    public static readonly Option<int> MinCount = new("--min-count") { Description = "Words seen fewer times are left out", DefaultValueFactory = _ => 3 };
    public static readonly Option<int> Seed = new("--seed") { Description = "Recorded in the card; the algorithm is deterministic", DefaultValueFactory = _ => 1 };

    public static Command GetCommand()
    {
        var cmd = new Command("clusters", "Train Brown word clusters on unlabeled news text");
        foreach (var o in new Option[] { TrainData, Out, Clusters, MinCount, Seed }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            foreach (var path in p.GetValue(TrainData)!)
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    Console.Error.WriteLine($"sitrep train clusters: '{path}' not found");
                    return ExitCodes.Fatal;
                }
            var result = ClusterTraining.Run(new ClusterTrainingRequest
            {
                Train = p.GetValue(TrainData)!,
                OutDirectory = p.GetValue(Out)!,
                Clusters = p.GetValue(Clusters),
                MinCount = p.GetValue(MinCount),
                Seed = p.GetValue(Seed),
                Command = "sitrep train " + string.Join(' ', Environment.GetCommandLineArgs().Skip(2)),
                Progress = line => Console.Error.WriteLine(line),
            });
            if (result.Error is not null)
            {
                Console.Error.WriteLine($"sitrep train clusters: {result.Error}");
                return ExitCodes.Fatal;
            }
            Console.Error.WriteLine($"wrote {result.ModelPath} ({new FileInfo(result.ModelPath!).Length / 1024.0:F0} KB, {result.Words:N0} words, {result.Clusters} clusters) and card.json");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
