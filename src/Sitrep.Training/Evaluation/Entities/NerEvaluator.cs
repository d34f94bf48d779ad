using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Training.Entities;
using Sitrep.Entities.Recognition;

namespace Sitrep.Evaluation.Entities;

/// <summary>Exact span-and-type scores (CoNLL style), overall and per gold type.</summary>
internal sealed record NerScores(PrfCounts Overall, IReadOnlyDictionary<string, PrfCounts> PerType, int Sentences, int Tokens, double TokensPerSecond)
{
    public Dictionary<string, object?> ToDictionary() => new()
    {
        ["precision"] = Overall.Precision, ["recall"] = Overall.Recall, ["f1"] = Overall.F1,
        ["per_type"] = PerType.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new Dictionary<string, double>
        {
            ["precision"] = kv.Value.Precision, ["recall"] = kv.Value.Recall, ["f1"] = kv.Value.F1,
            ["support"] = kv.Value.TruePositives + kv.Value.FalseNegatives,
        }),
        ["sentences"] = Sentences, ["tokens"] = Tokens, ["tokens_per_second"] = TokensPerSecond,
    };
}

/// <summary>
/// Tags gold sentences (gold tokens) and scores exact spans. When the gold scheme is CoNLL's
/// (PER/ORG/LOC/MISC or a subset), system GPE/LOC/FAC count as LOC and NORP/EVENT as MISC; system
/// spans of a type the gold scheme does not annotate at all are left unscored.
/// </summary>
internal static class NerEvaluator
{
    static readonly HashSet<string> ConllTypes = ["PER", "ORG", "LOC", "MISC"];

    /// <param name="prepare">Runs before NER on each sentence document (the POS tagger for a model with POS features); not timed.</param>
    public static NerScores Evaluate(IReadOnlyList<NerSentence> gold, NerTagger tagger, IReadOnlySet<string> goldScheme, TextWriter? errors = null, Action<Doc>? prepare = null)
    {
        bool coarse = goldScheme.All(ConllTypes.Contains);
        var overall = new PrfCounts();
        var perType = goldScheme.ToDictionary(t => t, _ => new PrfCounts());
        long ticks = 0;
        int tokens = 0;
        // Whole documents are tagged at once, so a tagger with document-level consistency sees every mention.
        foreach (var document in Documents(gold))
        {
            var doc = ToDoc(document);
            prepare?.Invoke(doc);
            long t0 = Stopwatch.GetTimestamp();
            tagger.Tag(doc);
            ticks += Stopwatch.GetTimestamp() - t0;
            tokens += doc.Count;
            var docSpans = doc.EntitySpans.Select(s => new NerSpan(coarse ? Coarse(s.Label!) : s.Label!, s.StartToken, s.EndToken)).ToList();
            int offset = 0;
            foreach (var sentence in document)
            {
                int end = offset + sentence.Words.Length;
                var all = docSpans.Where(s => s.Start >= offset && s.End <= end).Select(s => s with { Start = s.Start - offset, End = s.End - offset }).ToList();
                offset = end;
                var system = all.Where(s => goldScheme.Contains(s.Type)).ToHashSet();
                var goldSet = sentence.Spans.ToHashSet();
                if (errors is not null && !goldSet.SetEquals(system)) WriteErrors(errors, sentence, goldSet, system, all.Where(s => !goldScheme.Contains(s.Type)));
                overall.AddSets(goldSet, system);
                foreach (var (type, counts) in perType)
                    counts.AddSets(goldSet.Where(s => s.Type == type).ToList(), system.Where(s => s.Type == type).ToList());
            }
        }
        double seconds = (double)ticks / Stopwatch.Frequency;
        return new NerScores(overall, perType, gold.Count, tokens, tokens / Math.Max(seconds, 1e-9));
    }

    static void WriteErrors(TextWriter w, NerSentence sentence, HashSet<NerSpan> gold, HashSet<NerSpan> system, IEnumerable<NerSpan> unscored)
    {
        string Show(NerSpan s) => $"{s.Type}[{string.Join(' ', sentence.Words[s.Start..s.End])}]";
        w.WriteLine(string.Join(' ', sentence.Words));
        foreach (var s in gold.Except(system)) w.WriteLine("  missed  " + Show(s));
        foreach (var s in system.Except(gold)) w.WriteLine("  spurious " + Show(s));
        foreach (var s in unscored) w.WriteLine("  unscored " + Show(s));
    }

    static string Coarse(string type) => type switch
    {
        "GPE" or "LOC" or "FAC" => "LOC",
        "NORP" or "EVENT" => "MISC",
        _ => type,
    };

    /// <summary>Consecutive sentences grouped into their documents.</summary>
    static IEnumerable<List<NerSentence>> Documents(IReadOnlyList<NerSentence> sentences)
    {
        var current = new List<NerSentence>();
        foreach (var s in sentences)
        {
            if (s.DocumentStart && current.Count > 0) { yield return current; current = []; }
            current.Add(s);
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>A document of the given sentences: words separated by spaces, one sentence per gold sentence.</summary>
    public static Doc ToDoc(IReadOnlyList<NerSentence> sentences)
    {
        var doc = ToDoc([.. sentences.SelectMany(s => s.Words)]);
        var starts = new List<int>();
        int offset = 0;
        foreach (var s in sentences) { starts.Add(offset); offset += s.Words.Length; }
        doc.SetSentenceStarts(starts);
        return doc;
    }

    /// <summary>A one-sentence document whose tokens are the given words, separated by spaces.</summary>
    public static Doc ToDoc(IReadOnlyList<string> words)
    {
        var (text, starts, ends) = SpaceJoined.Join(words);
        var doc = new Doc(text);
        doc.SetTokens(starts, ends);
        return doc;
    }
}
