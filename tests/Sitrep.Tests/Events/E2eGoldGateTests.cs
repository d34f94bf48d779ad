using Sitrep.Tests.Support;
using Sitrep.Evaluation.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Sitrep's own e2e gold (gold/events): every article's text is found in ../shared and matches its hash, and the
/// whole-pipeline scoring runs on both halves. Only structure and a floor far below today's scores are asserted:
/// the numbers themselves are reported by <c>sitrep eval events</c>, not pinned here.
/// </summary>
public class E2eGoldGateTests
{
    [SkippableTheory]
    [InlineData("e2e-dev.jsonl")]
    [InlineData("e2e-test.jsonl")]
    public void Every_article_is_found_and_hashes_match(string file)
    {
        var shared = SharedData.Require("news");
        var read = E2eGoldReader.Read(Path.Combine(SharedData.RepoRoot, "gold", "events", file));
        Assert.True(read.Success, read.Error);
        Assert.True(read.Articles.Count >= 30, $"{read.Articles.Count} articles");
        var source = new E2eArticleSource(Path.GetDirectoryName(shared)!);
        foreach (var article in read.Articles)
        {
            var (text, error) = source.Load(article);
            Assert.True(text != null, error);
            foreach (var e in article.Events)
                foreach (var span in e.Actors.Select(a => a.Span).Concat(e.Recipients.Select(r => r.Span)).Concat(e.Evidence))
                    Assert.True(span.Start >= 0 && span.Start < span.End && span.End <= text.Text.Length, $"{article.Id}: span {span} outside the text");
        }
    }

    [SkippableTheory]
    [InlineData("e2e-dev.jsonl")]
    [InlineData("e2e-test.jsonl")]
    public void The_whole_pipeline_scores_each_half(string file)
    {
        var shared = SharedData.Require("news");
        var gold = Path.Combine(SharedData.RepoRoot, "gold", "events", file);
        var result = E2eEvaluator.Evaluate(gold, new AnalyzerOptions(), Path.GetDirectoryName(shared));
        Assert.True(result.Success, result.Error);
        Assert.Equal(32, result.Scores["records"]);
        Assert.True((int)result.Scores["gold_events"]! >= 90);
        foreach (var key in new[] { "e2e_precision", "e2e_recall", "e2e_f1", "actor_accuracy", "recipient_accuracy", "status_accuracy", "dead_accuracy", "source_accuracy" })
            Assert.InRange((double)result.Scores[key]!, 0, 1);
        Assert.True((double)result.Scores["e2e_recall"]! >= 0.15, $"e2e_recall {result.Scores["e2e_recall"]}");
    }
}
