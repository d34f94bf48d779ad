using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Training.Language.Conllu;

namespace Sitrep.Evaluation.Language;

/// <summary><c>sitrep eval tokens</c>: tokenisation and sentence splitting against CoNLL-U (raw text rebuilt from # text).</summary>
internal static class TokenEvaluation
{
    public static Dictionary<string, object?> Run(string goldPath, AnalyzerOptions options)
    {
        var gold = ConlluText.Build(ConlluReader.ReadFile(goldPath));
        var doc = new Doc(gold.Text);
        var pipeline = StageCatalog.Build(options with { Until = "tokenizer" });
        var clock = Stopwatch.StartNew();
        pipeline.Process(doc);
        double seconds = clock.Elapsed.TotalSeconds;
        var tokens = new PrfCounts();
        tokens.AddSets(gold.Tokens, Enumerable.Range(0, doc.Count).Select(i => new CharSpan(doc.TokenStarts[i], doc.TokenEnds[i])).ToList());
        var sentences = new PrfCounts();
        sentences.AddSets(gold.Sentences, doc.Sentences.Select(s => s.Chars).ToList());
        return new Dictionary<string, object?>
        {
            ["tokens_f1"] = tokens.F1, ["tokens_precision"] = tokens.Precision, ["tokens_recall"] = tokens.Recall,
            ["sentences_f1"] = sentences.F1, ["sentences_precision"] = sentences.Precision, ["sentences_recall"] = sentences.Recall,
            ["gold_tokens"] = gold.Tokens.Count, ["gold_sentences"] = gold.Sentences.Count,
            ["system_tokens"] = doc.Count, ["system_sentences"] = doc.SentenceCount, ["gold_misaligned"] = gold.Misaligned,
            ["tokens_per_second"] = doc.Count / Math.Max(seconds, 1e-9),
        };
    }
}
