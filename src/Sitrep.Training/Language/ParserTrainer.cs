using System.Diagnostics;
using Sitrep.Language.Features;
using Sitrep.Learning;
using Sitrep.Language.Tagging;
using Sitrep.Training.Language.Conllu;
using Sitrep.Training.Learning;
using Sitrep.Language.Parsing;

namespace Sitrep.Training.Language;

/// <summary>
/// Trains the <see cref="Parser"/> with the arc-eager dynamic oracle: the classifier learns the best
/// zero-cost action in every state it visits, and after the first epoch it follows its own
/// predictions (with probability <see cref="ExplorationRate"/>), so it learns to recover from mistakes.
/// </summary>
internal static class ParserTrainer
{
    public const double ExplorationRate = 0.9;

    public sealed record Gold(SentenceText Text, ulong[] Tags, int[] Heads, string[] Labels);

    /// <summary>Gold trees (projectivised) with tag hashes: gold tags, or the tagger's when one is given.</summary>
    public static Gold Prepare(ConlluSentence s, Tagger? tagger)
    {
        var text = s.WordText();
        return Prepare(s, text, Tags(s, text, tagger));
    }

    static Gold Prepare(ConlluSentence s, SentenceText text, ulong[] tags)
    {
        var heads = s.Words.Select(w => w.Head - 1).ToArray();
        var (projective, labels) = Projectivizer.Projectivize(heads, s.Words.Select(w => w.Deprel).ToList());
        return new Gold(text, tags, projective, labels);
    }

    public static ulong[] Tags(ConlluSentence s, SentenceText text, Tagger? tagger)
    {
        if (tagger is null) return [.. s.Words.Select(w => FeatureHash.Of(TaggerTrainer.Label(w)))];
        var classes = new int[text.Count];
        tagger.Tag(text.Text, text.Starts, text.Ends, classes);
        return [.. classes.Select(tagger.LabelHash)];
    }

    /// <param name="best">Receives each epoch's model with its dev LAS (with <paramref name="dev"/>) and keeps the best; the last epoch's is returned.</param>
    public static Parser Train(IReadOnlyList<Gold> train, IReadOnlyList<ConlluSentence>? dev, Tagger? devTagger, TrainingOptions options, EmbeddedClusters? clusters = null,
        BestEpoch<Parser>? best = null)
    {
        var labels = train.SelectMany(g => g.Labels.Where((_, i) => g.Heads[i] >= 0)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        int actions = ArcEager.ActionCount(labels.Length);
        var perceptron = new AveragedPerceptron(actions);
        var context = new ParserFeatures.Context { LabelHashes = [.. labels.Select(l => FeatureHash.Of(l))], Clusters = clusters?.Clusters };
        var state = new ParserState();
        var features = new ulong[ParserFeatures.Count];
        var scores = new float[actions];
        var costs = new int[actions];
        var random = new Random(options.Seed);
        Parser? parser = null;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            long correct = 0, steps = 0;
            foreach (int si in TrainingOptions.Shuffle(train.Count, random))
            {
                var g = train[si];
                var goldLabels = g.Labels.Select((l, i) => g.Heads[i] >= 0 ? labelIds[l] : -1).ToArray();
                context.Fill(g.Text.Text, g.Text.Starts, g.Text.Ends, g.Tags);
                state.Reset(g.Text.Count);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Extract(state, context, features);
                    perceptron.Score(features, scores);
                    Oracle.Costs(state, g.Heads, goldLabels, costs);
                    int guess = Parser.BestValid(state, scores);
                    int target = BestOfMinimumCost(costs, scores);
                    if (costs[guess] > costs[target]) perceptron.Update(features, target, guess);
                    else correct++;
                    perceptron.Tick();
                    steps++;
                    bool explore = epoch > 1 && random.NextDouble() < ExplorationRate;
                    ArcEager.Apply(state, explore ? guess : target);
                }
            }
            parser = new Parser(labels, perceptron.Freeze(options.MinWeight), clusters);
            string devScore = "";
            double devLas = 0;
            if (dev is not null)
            {
                (double uas, devLas) = Evaluate(parser, dev, devTagger);
                devScore = $"  dev uas {uas:F4} las {devLas:F4}";
            }
            options.Progress?.Invoke($"parser epoch {epoch}/{options.Epochs}  train acc {(double)correct / steps:F4}{devScore}  features {parser.FeatureCount:N0}  {clock.Elapsed.TotalSeconds:F1} s");
            if (dev is not null) best?.Offer(epoch, devLas, parser);
        }
        return parser ?? new Parser(labels, perceptron.Freeze(options.MinWeight), clusters);
    }

    static int BestOfMinimumCost(ReadOnlySpan<int> costs, ReadOnlySpan<float> scores)
    {
        int min = int.MaxValue;
        foreach (int c in costs) min = Math.Min(min, c);
        int best = -1;
        for (int a = 0; a < costs.Length; a++)
            if (costs[a] == min && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    /// <summary>CoNLL 2018 scores labels without their language-specific subtype (nmod:poss counts as nmod).</summary>
    public static ReadOnlySpan<char> UniversalRelation(string deprel)
    {
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel.AsSpan(0, colon);
    }

    /// <summary>Unlabelled and labelled attachment scores (punctuation included, as in CoNLL 2018).</summary>
    public static (double Uas, double Las) Evaluate(Parser parser, IReadOnlyList<ConlluSentence> gold, Tagger? tagger)
    {
        long uas = 0, las = 0, n = 0;
        foreach (var s in gold)
        {
            var text = s.WordText();
            var heads = new int[text.Count];
            var deprels = new string[text.Count];
            parser.Parse(text.Text, text.Starts, text.Ends, Tags(s, text, tagger), heads, deprels);
            for (int i = 0; i < text.Count; i++)
            {
                n++;
                if (heads[i] != s.Words[i].Head - 1) continue;
                uas++;
                if (UniversalRelation(deprels[i]).SequenceEqual(UniversalRelation(s.Words[i].Deprel))) las++;
            }
        }
        return ((double)uas / Math.Max(1, n), (double)las / Math.Max(1, n));
    }
}
