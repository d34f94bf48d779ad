using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Learning;
using Sitrep.Language.Clusters;

namespace Sitrep.Training.Language.Clusters;

/// <summary>What <c>sitrep train clusters</c> was asked to do.</summary>
internal sealed record ClusterTrainingRequest
{
    public required IReadOnlyList<string> Train { get; init; }
    public required string OutDirectory { get; init; }
    public int Clusters { get; init; } = 1000;
    public int MinCount { get; init; } = 3;
    /// <summary>Recorded only: the algorithm has no randomness.</summary>
    public int Seed { get; init; } = 1;
    public string Command { get; init; } = "";
    public Action<string>? Progress { get; init; }
}

/// <summary>The model written and its size, or one line naming the problem.</summary>
internal sealed record ClusterTrainingResult(string? ModelPath, int Words, int Clusters, string? Error);

/// <summary>What <c>sitrep train clusters</c> does: read unlabeled text, cluster it, save model.bin and card.json.</summary>
internal static class ClusterTraining
{
    /// <summary>Words whose clusters the card shows, to check the result by eye.</summary>
    static readonly string[] Probes = ["January", "said", "France", "three", "million", "company", "Minister", "police", "rose", "the"];

    public static ClusterTrainingResult Run(ClusterTrainingRequest request)
    {
        if (request.Clusters < 2) return new ClusterTrainingResult(null, 0, 0, "--clusters must be at least 2");
        if (request.MinCount < 1) return new ClusterTrainingResult(null, 0, 0, "--min-count must be at least 1");
        var clock = Stopwatch.StartNew();
        var corpus = ClusterCorpus.Read(request.Train, request.Progress);
        foreach (var problem in corpus.Problems.Take(20)) request.Progress?.Invoke("warning: " + problem);
        if (corpus.Tokens == 0) return new ClusterTrainingResult(null, 0, 0, "the training data holds no text");
        var bigrams = BigramCounts.From(corpus, request.MinCount);
        request.Progress?.Invoke($"{corpus.Documents:N0} documents, {corpus.Tokens:N0} tokens, {corpus.Types.Count:N0} types; " +
                                 $"{bigrams.Vocabulary:N0} words seen {request.MinCount}+ times; {bigrams.Total:N0} word pairs");
        var (clusterOf, paths) = BrownClusterer.Run(bigrams, request.Clusters, request.Progress);
        var modelPath = Path.Combine(request.OutDirectory, ModelFile.DefaultFileName);
        ClusterModelFormat.Save(modelPath, bigrams.Words, clusterOf, paths);
        double seconds = clock.Elapsed.TotalSeconds;
        WriteCard(request, corpus, bigrams, clusterOf, paths, seconds, modelPath);
        return new ClusterTrainingResult(modelPath, bigrams.Vocabulary, paths.Length, null);
    }

    /// <summary>Trains in memory (tests, experiments): words most frequent first with their paths.</summary>
    public static WordClusters Train(ClusterCorpus corpus, int clusters, int minCount)
    {
        var bigrams = BigramCounts.From(corpus, minCount);
        var (clusterOf, paths) = BrownClusterer.Run(bigrams, clusters);
        return new WordClusters([.. bigrams.Words.Select((w, i) => (w, paths[clusterOf[i]]))]);
    }

    static void WriteCard(ClusterTrainingRequest request, ClusterCorpus corpus, BigramCounts bigrams, int[] clusterOf, string[] paths, double seconds, string modelPath)
    {
        var samples = new JsonObject();
        foreach (var probe in Probes)
        {
            int w = Array.IndexOf(bigrams.Words, probe);
            if (w < 0) continue;
            int c = clusterOf[w];
            // Words are in frequency order, so these are the cluster's most frequent members.
            var members = Enumerable.Range(0, bigrams.Vocabulary).Where(i => clusterOf[i] == c).Take(12).Select(i => bigrams.Words[i]);
            samples[$"{probe} {paths[c]}"] = string.Join(' ', members);
        }
        new ModelCard("clusters", WordClusters.Kind, WordClusters.FormatVersion, request.Command)
        {
            TrainingData = [.. request.Train.Select(p => (object)Describe(p))],
            Seed = request.Seed,
            Options = new Dictionary<string, int> { ["clusters"] = request.Clusters, ["min_count"] = request.MinCount },
            TrainingSeconds = seconds,
            Details = new Dictionary<string, object?>
            {
                ["algorithm"] = "Brown clustering (Liang 2005 window algorithm): words added by frequency, least-AMI-loss merges, bit-string paths from the merge tree of the final clusters",
                ["clusters"] = paths.Length,
                ["documents"] = corpus.Documents,
                ["corpus_tokens"] = corpus.Tokens,
                ["corpus_types"] = corpus.Types.Count,
                ["vocabulary"] = bigrams.Vocabulary,
                ["word_pairs"] = bigrams.Total,
                ["longest_path"] = paths.Max(p => p.Length),
                ["read_problems"] = corpus.Problems.Count,
                ["sample_clusters"] = samples,
            },
        }.Write(modelPath);
    }

    static JsonObject Describe(string path) => new()
    {
        ["path"] = path,
        ["licence"] = Licence(path) ?? "see the corpus's SOURCE.md",
    };

    /// <summary>The "Licence" entry of the nearest SOURCE.md at or above the path (each ../shared folder has one).</summary>
    static string? Licence(string path)
    {
        for (var dir = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path).Directory; dir != null; dir = dir.Parent)
        {
            var source = Path.Combine(dir.FullName, "SOURCE.md");
            if (!File.Exists(source)) continue;
            // "- Licence: …" bullets (with their indented continuation lines), or "— Licence: …" inside a line.
            var lines = File.ReadAllLines(source);
            var parts = new List<string>();
            for (int k = 0; k < lines.Length; k++)
            {
                int at = lines[k].IndexOf("Licence", StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                var text = lines[k][at..];
                while (k + 1 < lines.Length && lines[k + 1].StartsWith("  ", StringComparison.Ordinal)) text += " " + lines[++k].Trim();
                parts.Add(text);
            }
            if (parts.Count == 0) return null;
            var all = string.Join(" | ", parts);
            return all.Length > 600 ? all[..600] + "…" : all;
        }
        return null;
    }
}
