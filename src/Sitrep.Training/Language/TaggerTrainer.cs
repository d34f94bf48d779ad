using System.Diagnostics;
using Sitrep.Language.Features;
using Sitrep.Learning;
using Sitrep.Training.Language.Conllu;
using Sitrep.Training.Learning;
using Sitrep.Language.Tagging;

namespace Sitrep.Training.Language;

/// <summary>Trains a <see cref="Tagger"/> on CoNLL-U sentences (greedy decoding with predicted history); without a lexicon the WordNet features are constant.</summary>
internal static class TaggerTrainer
{
    public static string Label(ConlluWord w) => w.Upos + "\t" + w.Xpos;

    /// <param name="best">Receives each epoch's model with its dev UPOS accuracy (with <paramref name="dev"/>) and keeps the best; the last epoch's is returned.</param>
    public static Tagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TrainingOptions options, WordNetLexicon? lexicon = null, EmbeddedClusters? clusters = null,
        BestEpoch<Tagger>? best = null)
    {
        lexicon ??= WordNetLexicon.Empty;
        var labels = train.SelectMany(s => s.Words).Select(Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var labelHashes = labels.Select(l => FeatureHash.Of(l)).ToArray();
        var dictionary = TagDictionary.Build(train.SelectMany(s => s.Words).Select(w => (w.Form, Label(w))), minCount: 3);
        var texts = train.Select(s => s.WordText()).ToArray();
        var gold = train.Select(s => s.Words.Select(w => labelIds[Label(w)]).ToArray()).ToArray();

        var perceptron = new AveragedPerceptron(labels.Length);
        var values = new WordValues();
        var amb = new ulong[16];
        var wn = new ulong[16];
        ulong[][] clusterValues = [.. TaggerFeatures.ClusterPrefixes.Select(_ => new ulong[16])];
        var features = new ulong[TaggerFeatures.Count];
        var scores = new float[labels.Length];
        var random = new Random(options.Seed);
        Tagger? tagger = null;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            long correct = 0, total = 0;
            foreach (int si in TrainingOptions.Shuffle(texts.Length, random))
            {
                var t = texts[si];
                values.Fill(t.Text, t.Starts, t.Ends);
                if (amb.Length < t.Count + 2 * WordValues.Padding) { amb = new ulong[(t.Count + 2 * WordValues.Padding) * 2]; wn = new ulong[amb.Length]; clusterValues = [.. clusterValues.Select(_ => new ulong[amb.Length])]; }
                dictionary.Fill(t.Text, t.Starts, t.Ends, amb);
                lexicon.Fill(t.Text, t.Starts, t.Ends, wn);
                EmbeddedClusters.Fill(clusters?.Clusters, TaggerFeatures.ClusterPrefixes, t.Text, t.Starts, t.Ends, values.Form, clusterValues);
                ulong t1 = Tagger.StartTag, t2 = Tagger.StartTag;
                for (int i = 0; i < t.Count; i++)
                {
                    TaggerFeatures.Extract(values, amb, wn, clusterValues, i, t1, t2, features);
                    perceptron.Score(features, scores);
                    int guess = PerceptronModel.ArgMax(scores);
                    int truth = gold[si][i];
                    perceptron.Update(features, truth, guess);
                    perceptron.Tick();
                    if (guess == truth) correct++;
                    total++;
                    t2 = t1;
                    t1 = labelHashes[guess];
                }
            }
            tagger = new Tagger(labels, dictionary, lexicon, perceptron.Freeze(options.MinWeight), clusters);
            double upos = dev is null ? 0 : Evaluate(tagger, dev).Upos;
            string devScore = dev is null ? "" : $"  dev upos {upos:F4}";
            options.Progress?.Invoke($"tagger epoch {epoch}/{options.Epochs}  train acc {(double)correct / total:F4}{devScore}  features {tagger.Model.FeatureCount:N0}  {clock.Elapsed.TotalSeconds:F1} s");
            if (dev is not null) best?.Offer(epoch, upos, tagger);
        }
        return tagger ?? new Tagger(labels, dictionary, lexicon, perceptron.Freeze(options.MinWeight), clusters);
    }

    public sealed record TagScores(double Upos, double Xpos);

    public static TagScores Evaluate(Tagger tagger, IReadOnlyList<ConlluSentence> gold)
    {
        long upos = 0, xpos = 0, n = 0;
        var classes = new int[256];
        foreach (var s in gold)
        {
            var t = s.WordText();
            if (classes.Length < t.Count) classes = new int[t.Count * 2];
            tagger.Tag(t.Text, t.Starts, t.Ends, classes);
            for (int i = 0; i < t.Count; i++)
            {
                n++;
                if (tagger.Upos[classes[i]].ToString() == s.Words[i].Upos) upos++;
                if (tagger.Xpos[classes[i]] == s.Words[i].Xpos) xpos++;
            }
        }
        return new TagScores((double)upos / Math.Max(1, n), (double)xpos / Math.Max(1, n));
    }
}
