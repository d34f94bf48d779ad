using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Learning;
using Sitrep.Training.Learning;
using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>Training settings; the defaults are the shipped model's.</summary>
internal sealed record NerTrainOptions
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;
    /// <summary>Static features seen fewer times than this in the training data get no weights.</summary>
    public int MinFeatureCount { get; init; } = 2;
    /// <summary>Averaged weights smaller than this are dropped from the frozen model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
    /// <summary>Every Nth training sentence is also trained on in lower case, for web text that ignores capitals (0 = never).</summary>
    public int LowercaseCopyEvery { get; init; } = 8;
    /// <summary>Every Nth sentence loses its final punctuation: news corpora always end with one, web text often does not (0 = never).</summary>
    public int DropFinalPunctuationEvery { get; init; } = 3;
    /// <summary>Models trained with seeds Seed, Seed+1, … and averaged into one: the same linear scores as their ensemble, at one model's tagging cost.</summary>
    public int Members { get; init; } = 1;
    /// <summary>Structured perceptron (Collins 2002): whole sentences decoded by Viterbi search, first-order history features; false = greedy, learning from its own predicted history.</summary>
    public bool Viterbi { get; init; }
}

/// <summary>
/// Trains a <see cref="NerModel"/>: greedy averaged perceptron over BILOU tags, learning from its own
/// predicted history. Deterministic for a given data order and seed.
/// </summary>
/// <param name="clusters">Brown clusters for cluster features, stored in the model; null trains without.</param>
/// <param name="extras">Optional feature templates, recorded in the model.</param>
internal sealed class NerTrainer(ActorLexicon lexicon, NerTrainOptions options, Sitrep.Language.Features.EmbeddedClusters? clusters = null,
    NerExtraFeatures extras = NerExtraFeatures.None)
{
    readonly NerFeatures _features = new(lexicon, clusters?.Clusters, extras);
    readonly int _tags = NerLabels.TagCount;
    HashSet<ulong> _allowed = [];
    AveragedPerceptron _perceptron = new(NerLabels.TagCount);

    /// <summary>The epoch whose model <see cref="Train"/> returned.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>A sentence prepared once: its space-joined text, token offsets, gold BILOU tags, predicted UPOS (empty without a POS tagger) and parse (empty without a parser).</summary>
    sealed record Prepared(string Text, int[] Starts, int[] Ends, int[] Gold, UPos[] Upos, int[] Head, string?[] Deprel, string?[] Lemma)
    {
        public NerSyntax Syntax => new(Head, Deprel, Lemma);
    }

    /// <param name="posTagger">Predicts UPOS for a space-joined sentence (text, starts, ends); null trains without POS features.</param>
    /// <param name="analyse">Instead of <paramref name="posTagger"/>: the sentence as a tagged (and parsed) document, for POS and syntax features.</param>
    /// <param name="devScore">Scores a frozen model on held-out data after every epoch; the best epoch's model is returned. Null: the last epoch's.</param>
    public NerModel Train(IReadOnlyList<NerSentence> sentences, Action<string>? log = null, Func<string, int[], int[], UPos[]>? posTagger = null,
        Func<NerModel, double>? devScore = null, Func<string, int[], int[], Doc>? analyse = null)
    {
        bool usesPos = posTagger is not null || analyse is not null;
        var data = sentences.Where(s => s.Words.Length > 0)
            .Select((s, i) => options.DropFinalPunctuationEvery > 0 && i % options.DropFinalPunctuationEvery == 1 ? WithoutFinalPunctuation(s) : s)
            .SelectMany((s, i) => options.LowercaseCopyEvery > 0 && i % options.LowercaseCopyEvery == 0 ? [s, Lowercased(s)] : new[] { s })
            .Select(s => Prepare(s, posTagger, analyse)).ToList();
        var buffer = new NerFeatures.Buffer();
        var counts = new FeatureCounts();
        foreach (var s in data)
        {
            _features.Extract(buffer, s.Text, s.Starts, s.Ends, 0, s.Starts.Length, s.Upos, s.Syntax);
            counts.Add(buffer.Keys.AsSpan(0, buffer.KeyStart[buffer.Count]));
        }
        _allowed = counts.AtLeast(options.MinFeatureCount);
        log?.Invoke($"{data.Count} sentences, {counts.Distinct} static features, {_allowed.Count} kept");

        var members = new List<NerModel>();
        for (int m = 0; m < Math.Max(1, options.Members); m++)
        {
            if (m > 0) Reset();
            if (options.Members > 1) log?.Invoke($"member {m + 1} of {options.Members}, seed {options.Seed + m}");
            members.Add(TrainMember(data, options.Seed + m, usesPos, log, devScore));
        }
        return members.Count == 1 ? members[0] : NerModel.Average(members, options.PruneBelow);
    }

    void Reset() => _perceptron = new AveragedPerceptron(_tags);

    NerModel TrainMember(List<Prepared> data, int seed, bool usesPos, Action<string>? log, Func<NerModel, double>? devScore)
    {
        var buffer = new NerFeatures.Buffer();
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var scores = new float[_tags];
        var history = new ulong[NerFeatures.HistoryFeatureCount];
        var best = new BestEpoch<NerModel>();
        _perceptron.Tick();   // updates count from step 1, so the average also weighs the final weights once
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, tokens = 0;
            foreach (var index in order)
            {
                var s = data[index];
                _features.Extract(buffer, s.Text, s.Starts, s.Ends, 0, s.Starts.Length, s.Upos, s.Syntax);
                errors += options.Viterbi ? TrainStructured(buffer, s.Gold, history) : TrainGreedy(buffer, s.Gold, history, scores);
                tokens += buffer.Count;
            }
            log?.Invoke($"epoch {epoch}: token error rate {(double)errors / Math.Max(1, tokens):P2}, {_perceptron.FeatureCount} weight rows");
            if (devScore is null) continue;
            var model = Freeze(usesPos);
            double score = devScore(model);
            log?.Invoke($"epoch {epoch}: dev f1 {score:F4}");
            best.Offer(epoch, score, model);
        }
        BestEpoch = best.Model is null ? options.Epochs : best.Epoch;
        return best.Model ?? Freeze(usesPos);
    }

    /// <summary>One greedy pass over a sentence, learning from its own predicted history.</summary>
    int TrainGreedy(NerFeatures.Buffer buffer, int[] gold, ulong[] history, float[] scores)
    {
        int errors = 0, prev = -1, prev2 = -1;
        for (int i = 0; i < buffer.Count; i++)
        {
            var statics = buffer.StaticKeys(i);
            NerFeatures.History(buffer, i, prev, prev2, history);
            _perceptron.Score(statics, scores);
            _perceptron.AddScores(history, scores);
            int guess = GreedyDecoder.Best(scores, NerLabels.Scheme, prev, i == buffer.Count - 1);
            if (guess != gold[i])
            {
                errors++;
                _perceptron.Update(statics, gold[i], guess, _allowed);
                _perceptron.Update(history, gold[i], guess);
            }
            _perceptron.Tick();
            prev2 = prev;
            prev = guess;
        }
        return errors;
    }

    int[] _guess = new int[256];

    /// <summary>One structured-perceptron step: decode the sentence, then reward the gold path's features and penalise the guessed path's where they differ.</summary>
    int TrainStructured(NerFeatures.Buffer buffer, int[] gold, ulong[] history)
    {
        int n = buffer.Count;
        if (_guess.Length < n) _guess = new int[n * 2];
        var guess = _guess.AsSpan(0, n);
        ViterbiDecoder.Decode(n, NerLabels.Scheme,
            (i, scores) => _perceptron.AddScores(buffer.StaticKeys(i), scores),
            (i, prev, scores) =>
            {
                Span<ulong> keys = stackalloc ulong[NerFeatures.HistoryFeatureCount];
                NerModel.FirstOrderHistory(buffer, i, prev, keys);
                _perceptron.AddScores(keys, scores);
            }, guess, _tags);
        int errors = 0;
        for (int i = 0; i < n; i++)
        {
            int g = gold[i], p = guess[i];
            int goldPrev = i == 0 ? -1 : gold[i - 1], guessPrev = i == 0 ? -1 : guess[i - 1];
            if (g != p)
            {
                errors++;
                _perceptron.Update(buffer.StaticKeys(i), g, p, _allowed);
            }
            if (g == p && goldPrev == guessPrev) continue;
            NerModel.FirstOrderHistory(buffer, i, goldPrev, history);
            _perceptron.Add(history, g, +1);
            NerModel.FirstOrderHistory(buffer, i, guessPrev, history);
            _perceptron.Add(history, p, -1);
        }
        _perceptron.Tick(n);
        return errors;
    }

    static NerSentence Lowercased(NerSentence s) =>
        s with { Words = [.. s.Words.Select(w => w.ToLowerInvariant())] };

    static NerSentence WithoutFinalPunctuation(NerSentence s)
    {
        int n = s.Words.Length;
        if (n < 2 || !s.Words[n - 1].All(char.IsPunctuation) || s.Spans.Any(x => x.End == n)) return s;
        return s with { Words = s.Words[..(n - 1)], Pos = s.Pos?[..(n - 1)] };
    }

    static Prepared Prepare(NerSentence s, Func<string, int[], int[], UPos[]>? posTagger, Func<string, int[], int[], Doc>? analyse)
    {
        var (text, starts, ends) = SpaceJoined.Join(s.Words);
        var doc = analyse?.Invoke(text, starts, ends);
        var upos = doc?.Upos ?? posTagger?.Invoke(text, starts, ends) ?? [];
        var spans = s.Spans
            .Select(x => (Type: NerLabels.TypeIndex(x.Type), x.Start, x.End))
            .Where(x => x.Type >= 0);
        return new Prepared(text, starts, ends, NerLabels.FromSpans(s.Words.Length, spans), upos,
            doc?.Head ?? [], doc?.Deprel ?? [], doc?.Lemma ?? []);
    }

    /// <summary>Averaged weights, rounded to the stored precision; those below <see cref="NerTrainOptions.PruneBelow"/> dropped.</summary>
    NerModel Freeze(bool usesPos) => new(_perceptron.Freeze(options.PruneBelow), usesPos, clusters, extras, options.Viterbi);
}
