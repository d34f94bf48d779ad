namespace Sitrep.Quotes.Learned;

/// <summary>One training document: the tagger's input and the gold label of each token.</summary>
public sealed record TaggedExample(TaggerInput Input, byte[] Gold);

/// <summary>
/// Averaged perceptron training of <see cref="QuoteTagger"/>, greedy with its own predicted history.
/// Paragraph order is shuffled per epoch from a fixed seed, so reruns give the same model.
/// </summary>
public static class QuoteTaggerTrainer
{
    public const int MinFrequency = 2;

    public static QuoteTagger Train(IReadOnlyList<TaggedExample> examples, int epochs, int seed, bool backward = false, Action<int, double>? progress = null)
    {
        if (backward)
            examples = [.. examples.Select(e => { var r = e.Input.Reversed(); return new TaggedExample(r, e.Input.ReverseLabels(e.Gold)); })];
        const int L = RoleLabels.Count;
        var index = new Dictionary<ulong, int>();
        var weights = new float[1 << 20];
        var totals = new double[1 << 20];
        long clock = 1;
        var units = examples.SelectMany((e, d) => e.Input.Paragraphs.Select(p => (Doc: d, p.Start, p.End))).ToArray();
        var rng = new Random(seed);
        // Frequency cut-off: a static feature seen once in the training data gets no weight.
        var frequency = new Dictionary<ulong, int>();
        foreach (var ex in examples)
            foreach (var fs in ex.Input.Features)
                foreach (var f in fs) frequency[f] = frequency.GetValueOrDefault(f) + 1;
        bool Frequent(ulong f) => frequency.GetValueOrDefault(f) >= MinFrequency;
        var scores = new float[L];
        Span<ulong> dynamic = stackalloc ulong[DynamicFeatures.Count];

        int Id(ulong f)
        {
            if (index.TryGetValue(f, out int id)) return id;
            id = index.Count;
            index[f] = id;
            if ((id + 1) * L > weights.Length)
            {
                Array.Resize(ref weights, weights.Length * 2);
                Array.Resize(ref totals, totals.Length * 2);
            }
            return id;
        }

        void Update(ulong f, int label, float delta)
        {
            int slot = Id(f) * L + label;
            weights[slot] += delta;
            totals[slot] += clock * (double)delta;
        }

        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(units);
            long correct = 0, seen = 0;
            foreach (var (d, start, end) in units)
            {
                var ex = examples[d];
                var predicted = new byte[ex.Gold.Length];
                for (int i = start; i < end; i++)
                {
                    DynamicFeatures.Fill(dynamic, predicted, ex.Input, start, i);
                    Array.Clear(scores);
                    foreach (var f in ex.Input.Features[i]) Add(f);
                    foreach (var f in dynamic) Add(f);
                    byte previous = i > start ? predicted[i - 1] : RoleLabels.O;
                    byte guess = QuoteTagger.Best(scores, previous);
                    // Dynamic oracle: after a missed B-X the best reachable label for gold I-X is B-X.
                    byte gold = ex.Gold[i];
                    if (RoleLabels.IsInside(gold) && RoleLabels.Role(previous) != RoleLabels.Role(gold)) gold--;
                    if (guess != gold)
                    {
                        foreach (var f in ex.Input.Features[i])
                            if (Frequent(f)) { Update(f, gold, 1); Update(f, guess, -1); }
                        foreach (var f in dynamic) { Update(f, gold, 1); Update(f, guess, -1); }
                    }
                    else correct++;
                    predicted[i] = guess;
                    seen++;
                    clock++;
                }
            }
            progress?.Invoke(epoch + 1, (double)correct / Math.Max(1, seen));
        }

        // Averaged weights (w - Σ t·Δ / T), with features whose weights all round to zero dropped.
        var kept = new Dictionary<ulong, int>();
        var final = new List<float>();
        Span<float> avg = stackalloc float[L];
        foreach (var (f, id) in index)
        {
            bool any = false;
            for (int k = 0; k < L; k++)
            {
                avg[k] = (float)(weights[id * L + k] - totals[id * L + k] / clock);
                any |= Math.Abs(avg[k]) >= 0.05f;
            }
            if (!any) continue;
            kept[f] = kept.Count;
            foreach (var a in avg) final.Add(a);
        }
        return new QuoteTagger(kept, [.. final], backward);

        void Add(ulong f)
        {
            if (!index.TryGetValue(f, out int id)) return;
            for (int k = 0; k < L; k++) scores[k] += weights[id * L + k];
        }
    }
}
