using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Evaluation;

namespace Sitrep.Evaluation.Quotes;

/// <summary>Scores of <c>sitrep eval quotes</c>; names map to the contract's JSON keys.</summary>
internal sealed record QuoteScores(
    PrfCounts Source, PrfCounts Cue, PrfCounts Content,
    OverlapCounts SourceOverlap, OverlapCounts CueOverlap, OverlapCounts ContentOverlap,
    int Documents, long Tokens, int Sentences, double Seconds)
{
    public Dictionary<string, object?> ToDictionary() => new()
    {
        ["source_f1"] = Source.F1, ["cue_f1"] = Cue.F1, ["content_f1"] = Content.F1,
        ["source_f1_overlap"] = SourceOverlap.F1, ["cue_f1_overlap"] = CueOverlap.F1, ["content_f1_overlap"] = ContentOverlap.F1,
        ["source_precision"] = Source.Precision, ["source_recall"] = Source.Recall,
        ["cue_precision"] = Cue.Precision, ["cue_recall"] = Cue.Recall,
        ["content_precision"] = Content.Precision, ["content_recall"] = Content.Recall,
        ["documents"] = Documents, ["gold_attributions"] = Content.TruePositives + Content.FalseNegatives,
        ["tokens_per_second"] = Tokens / Math.Max(Seconds, 1e-9),
        ["sentences_per_second"] = Sentences / Math.Max(Seconds, 1e-9),
    };
}

/// <summary>
/// Runs the pipeline up to the quotes stage over PolNeAR articles and compares spans role by role.
/// Each role is a set of distinct spans per document (gold: from the E lines; system: from doc.Quotes).
/// A discontinuous gold span counts as the hull of its fragments. Exact: start and end equal after
/// trimming white space on both sides. Overlap: a system span is correct when it shares a character
/// with some gold span of the role (precision), a gold span is found when some system span shares a
/// character with it (recall).
/// </summary>
internal static class QuoteEvaluator
{
    public static QuoteScores Evaluate(IReadOnlyList<AttributionDocument> docs, Func<DocPipeline> build)
    {
        var pipeline = build();
        PrfCounts source = new(), cue = new(), content = new();
        OverlapCounts sourceO = new(), cueO = new(), contentO = new();
        long tokens = 0;
        int sentences = 0;
        var timings = new StageTimings();
        foreach (var gold in docs)
        {
            var doc = new Doc(gold.Text);
            if (pipeline.Process(doc, timings) is { } failure)
                throw new InvalidOperationException($"{gold.Name}: {failure.Message}");
            tokens += doc.Count;
            sentences += doc.SentenceCount;
            Score(gold.Text, gold.Attributions.Where(a => a.Source is not null).Select(a => Hull(a.Source!)), doc.Quotes.Where(q => q.Source is not null).Select(q => q.Source!.Value), source, sourceO);
            Score(gold.Text, gold.Attributions.Where(a => a.Cue is not null).Select(a => Hull(a.Cue!)), doc.Quotes.Where(q => q.Cue is not null).Select(q => q.Cue!.Value), cue, cueO);
            Score(gold.Text, gold.Attributions.Select(a => Hull(a.Content)), doc.Quotes.Select(q => q.Content), content, contentO);
        }
        long quoteTicks = timings.Totals.TryGetValue("quotes", out var t) ? t.Ticks : 0;
        return new QuoteScores(source, cue, content, sourceO, cueO, contentO, docs.Count, tokens, sentences, TimeSpan.FromTicks(quoteTicks).TotalSeconds);
    }

    static CharSpan Hull(CharSpan[] fragments) => new(fragments.Min(f => f.Start), fragments.Max(f => f.End));

    static void Score(string text, IEnumerable<CharSpan> gold, IEnumerable<CharSpan> system, PrfCounts exact, OverlapCounts overlap)
    {
        var g = gold.Select(s => Trim(text, s)).Where(s => s.Length > 0).ToHashSet();
        var p = system.Select(s => Trim(text, s)).Where(s => s.Length > 0).ToHashSet();
        exact.AddSets(g, p);
        overlap.SystemHits += p.Count(s => g.Any(x => x.Overlaps(s)));
        overlap.System += p.Count;
        overlap.GoldHits += g.Count(x => p.Any(s => s.Overlaps(x)));
        overlap.Gold += g.Count;
    }

    static CharSpan Trim(string text, CharSpan s)
    {
        int a = Math.Max(0, s.Start), b = Math.Min(text.Length, s.End);
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return new CharSpan(a, b);
    }
}
