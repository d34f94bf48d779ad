using Sitrep.Ingest;
using Sitrep.Stories;

namespace Sitrep.Evaluation.Stories;

/// <summary>
/// Story clustering against hand-grouped gold: articles are keyed by a hash of their title's words, fed to a fresh
/// <see cref="StoryClusterer"/> in publication order, and scored pairwise and B-cubed, overall and per split
/// (dev tuned on, test never tuned on; by story label).
/// </summary>
internal static class StoryEvaluation
{
    /// <summary>Gold: title key → story label.</summary>
    public static Dictionary<string, string> ReadGold(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f.Length >= 2 ? f[1] : throw new FormatException($"{path}: expected 'key story', got '{string.Join('\t', f)}'"));

    /// <summary>The gold key of a title: SHA-256 of its lower-cased words (letters and digits) joined by spaces, 16 hex digits.</summary>
    public static string TitleKey(string title)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (char c in title + " ")
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(' ', words))))[..16];
    }

    /// <summary>
    /// Analyses the gold articles of <paramref name="corpusPath"/> (only those) and scores their clustering, or with
    /// <paramref name="sweep"/> the dev-half grid of thresholds and windows.
    /// </summary>
    public static EvaluationResult Run(string goldPath, string corpusPath, StoryOptions options, bool sweep, AnalyzerOptions analyzerOptions)
    {
        var gold = ReadGold(goldPath);
        var inputs = DocumentSource.Read([corpusPath], new IngestOptions())
            .Where(r => r is IngestedDocument { Doc.Info.Title: { } title } && gold.ContainsKey(TitleKey(title)));
        var docs = Analyzer.Load(analyzerOptions).AnalyzeMany(inputs).OfType<Analysed>()
            .Select(a => StoryInput.From(a.Doc, DateTimeOffset.UnixEpoch)).ToList();
        return EvaluationResult.Ok(sweep ? Sweep(gold, docs, options) : Score(gold, docs, options));
    }

    /// <summary>Clusters the gold articles among <paramref name="inputs"/> (keyed by title) and scores them.</summary>
    static Dictionary<string, object?> Score(IReadOnlyDictionary<string, string> gold, IEnumerable<StoryInput> inputs, StoryOptions options)
    {
        var predicted = Cluster(gold, inputs, options);
        var scores = ClusterScores.Keys(gold, predicted);
        scores["gold_articles"] = gold.Count;
        scores["stories"] = predicted.Values.Distinct().Count();
        foreach (var split in new[] { "dev", "test" })
            scores[split] = ClusterScores.Keys(Split(gold, split), predicted);
        return scores;
    }

    static Dictionary<string, string> Split(IReadOnlyDictionary<string, string> gold, string split) =>
        gold.Where(g => GoldSplit.Of(g.Value) == split).ToDictionary();

    /// <summary>Every gold article's predicted story, clustering all of them in publication order.</summary>
    static Dictionary<string, string> Cluster(IReadOnlyDictionary<string, string> gold, IEnumerable<StoryInput> inputs, StoryOptions options)
    {
        // A title met twice in the corpus (a re-run wire story) is one gold article: the first is kept.
        var articles = inputs.Where(i => i.Title is { } t && gold.ContainsKey(TitleKey(t))).DistinctBy(i => TitleKey(i.Title!))
            .OrderBy(i => i.Time).ThenBy(i => TitleKey(i.Title!), StringComparer.Ordinal).ToList();
        var clusterer = new StoryClusterer(options);
        return articles.ToDictionary(a => TitleKey(a.Title!), a => clusterer.Add(a).StoryId);
    }

    /// <summary>Dev-half pairwise F1 for each threshold and window: the tuning grid (the test half is not shown).</summary>
    static Dictionary<string, object?> Sweep(IReadOnlyDictionary<string, string> gold, IReadOnlyList<StoryInput> inputs, StoryOptions options)
    {
        var dev = Split(gold, "dev");
        var grid = new Dictionary<string, object?>();
        foreach (var days in new[] { 7, 14, 30, 60 })
            for (double t = 0.15; t <= 0.551; t += 0.05)
            {
                var predicted = Cluster(gold, inputs, options with { Threshold = Math.Round(t, 2), Window = TimeSpan.FromDays(days) });
                grid[$"threshold={t:F2} window={days}d"] = new { pairwise_f1 = ClusterScores.Pairwise(dev, predicted).F1, bcubed_f1 = ClusterScores.BCubed(dev, predicted).F1 };
            }
        return grid;
    }
}
