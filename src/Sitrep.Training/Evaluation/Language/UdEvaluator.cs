using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Language.Parsing;
using Sitrep.Pipeline;
using Sitrep.Evaluation;
using Sitrep.Training.Language;
using Sitrep.Training.Language.Conllu;

namespace Sitrep.Evaluation.Language;

/// <summary>
/// Scores the Language stages against a CoNLL-U treebank, as the CoNLL 2018 shared task does:
/// with gold words (accuracy), or from raw text with system and gold words aligned by character
/// spans (F1). Punctuation counts; relations are compared without their subtype.
/// </summary>
internal static class UdEvaluator
{
    /// <summary>Scores; <see cref="TokensPerCpuSecond"/> divides by the process's CPU time, which a busy shared machine distorts far less than wall time.</summary>
    public sealed record Scores(double Upos, double Xpos, double Lemma, double Uas, double Las, int Tokens, double TokensPerSecond,
        double TokensPerCpuSecond, double? TokensF1 = null, double? SentencesF1 = null);

    /// <summary>Runs the pipeline over the document; wall and process CPU seconds.</summary>
    static (double Wall, double Cpu) Run(DocPipeline pipeline, Doc doc)
    {
        var cpu0 = ProcessCpu();
        var clock = Stopwatch.StartNew();
        if (pipeline.Process(doc) is { } failure) throw new InvalidOperationException(failure.Message);
        return (clock.Elapsed.TotalSeconds, (ProcessCpu() - cpu0).TotalSeconds);
    }

    static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Stages after the tokenizer; a missing model is an error naming its file.</summary>
    public static IReadOnlyList<IStage> LanguageStages(AnalyzerOptions options, out string? error)
    {
        error = null;
        var stages = new List<IStage>();
        var context = new StageContext(options);
        foreach (var name in (string[])["tagger", "parser"])
        {
            var stage = StageCatalog.Stages.First(s => s.Name == name).Create(context);
            if (stage is null)
            {
                error = $"no {name} model at {Path.Combine(options.ModelsDirectory, name, Learning.ModelFile.DefaultFileName)}";
                return [];
            }
            stages.Add(stage);
        }
        return stages;
    }

    /// <summary>Gold words and sentences in; tags, lemmas and trees out of the Language stages.</summary>
    public static Scores EvaluateGoldTokens(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<IStage> stages)
    {
        var doc = DocFromWords(gold, out var words);
        var pipeline = new DocPipeline(stages.Prepend(new GivenTokens()));
        var (seconds, cpu) = Run(pipeline, doc);
        var alignment = Enumerable.Range(0, words.Count).ToArray();
        var c = Count(doc, words, alignment);
        int n = words.Count;
        return new Scores(c.Upos / (double)n, c.Xpos / (double)n, c.Lemma / (double)n, c.Uas / (double)n, c.Las / (double)n,
            n, n / Math.Max(seconds, 1e-9), n / Math.Max(cpu, 1e-9));
    }

    /// <summary>Raw text (rebuilt from # text) through the whole pipeline up to the parser; words aligned by character spans.</summary>
    public static Scores EvaluateRaw(IReadOnlyList<ConlluSentence> gold, AnalyzerOptions options)
    {
        var text = ConlluText.Build(gold);
        var words = GoldWords(gold, text);
        var doc = new Doc(text.Text);
        var pipeline = StageCatalog.Build(options with { Until = "parser" });
        var (seconds, cpu) = Run(pipeline, doc);

        var bySpan = new Dictionary<CharSpan, int>();
        for (int t = 0; t < doc.Count; t++) bySpan.TryAdd(new CharSpan(doc.TokenStarts[t], doc.TokenEnds[t]), t);
        var alignment = words.Select(w => w.Span is { } s && bySpan.TryGetValue(s, out int t) ? t : -1).ToArray();
        var c = Count(doc, words, alignment);
        double F1(long correct) => 2.0 * correct / (doc.Count + words.Count);

        var tokens = new PrfCounts();
        tokens.AddSets(text.Tokens, Enumerable.Range(0, doc.Count).Select(i => new CharSpan(doc.TokenStarts[i], doc.TokenEnds[i])).ToList());
        var sentences = new PrfCounts();
        sentences.AddSets(text.Sentences, doc.Sentences.Select(s => s.Chars).ToList());
        return new Scores(F1(c.Upos), F1(c.Xpos), F1(c.Lemma), F1(c.Uas), F1(c.Las), doc.Count, doc.Count / Math.Max(seconds, 1e-9),
            doc.Count / Math.Max(cpu, 1e-9), tokens.F1, sentences.F1);
    }

    public static Dictionary<string, object?> ToDictionary(Scores s)
    {
        var d = new Dictionary<string, object?>
        {
            ["upos"] = s.Upos, ["xpos"] = s.Xpos, ["lemma"] = s.Lemma, ["uas"] = s.Uas, ["las"] = s.Las,
            ["tokens"] = s.Tokens, ["tokens_per_second"] = s.TokensPerSecond, ["tokens_per_cpu_second"] = s.TokensPerCpuSecond,
        };
        if (s.TokensF1 is { } t) d["tokens_f1"] = t;
        if (s.SentencesF1 is { } se) d["sentences_f1"] = se;
        return d;
    }

    /// <summary>A gold syntactic word: its annotation, its head as an index into the word list, and its span in the raw text if known.</summary>
    sealed record GoldWord(ConlluWord Word, int Head, CharSpan? Span);

    record struct Counts(long Upos, long Xpos, long Lemma, long Uas, long Las);

    static Counts Count(Doc doc, List<GoldWord> words, int[] alignment)
    {
        var goldOf = new int[doc.Count];
        Array.Fill(goldOf, -1);
        for (int g = 0; g < words.Count; g++) if (alignment[g] >= 0) goldOf[alignment[g]] = g;
        var c = new Counts();
        for (int g = 0; g < words.Count; g++)
        {
            int t = alignment[g];
            if (t < 0) continue;
            var w = words[g].Word;
            if (doc.Upos[t].Name() == w.Upos) c.Upos++;
            if (doc.Xpos[t] == w.Xpos) c.Xpos++;
            if (doc.Lemma[t] == w.Lemma) c.Lemma++;
            int head = doc.Head[t] < 0 ? -1 : goldOf[doc.Head[t]];
            bool headOk = head == words[g].Head && (head >= 0 || doc.Head[t] < 0);
            if (!headOk) continue;
            c.Uas++;
            if (doc.Deprel[t] is { } rel && ParserTrainer.UniversalRelation(rel).SequenceEqual(ParserTrainer.UniversalRelation(w.Deprel))) c.Las++;
        }
        return c;
    }

    static Doc DocFromWords(IReadOnlyList<ConlluSentence> gold, out List<GoldWord> words)
    {
        var sb = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var sentenceStarts = new List<int>();
        words = [];
        foreach (var s in gold)
        {
            sentenceStarts.Add(starts.Count);
            int first = words.Count;
            foreach (var w in s.Words)
            {
                if (sb.Length > 0) sb.Append(' ');
                starts.Add(sb.Length);
                sb.Append(w.Form.Length == 0 ? "_" : w.Form);
                ends.Add(sb.Length);
                words.Add(new GoldWord(w, w.Head <= 0 ? -1 : first + w.Head - 1, null));
            }
        }
        var doc = new Doc(sb.ToString());
        doc.SetTokens([.. starts], [.. ends]);
        doc.SetSentenceStarts(sentenceStarts);
        return doc;
    }

    /// <summary>Gold words with their character spans: <see cref="ConlluText"/> locates every syntactic word, "do" and "n't" of "don't" included.</summary>
    static List<GoldWord> GoldWords(IReadOnlyList<ConlluSentence> gold, ConlluText text)
    {
        var words = new List<GoldWord>();
        foreach (var s in gold)
        {
            int first = words.Count;
            foreach (var w in s.Words)
                words.Add(new GoldWord(w, w.Head <= 0 ? -1 : first + w.Head - 1, text.Tokens[words.Count]));
        }
        return words;
    }

    /// <summary>Stands in for the tokenizer: the document already holds the gold words.</summary>
    sealed class GivenTokens : IStage
    {
        public string Name => "gold-tokens";
        public IReadOnlyList<string> Requires => [];
        public IReadOnlyList<string> Assigns => [Layers.Tokens, Layers.Sentences];
        public void Process(Doc doc) { }
    }
}
