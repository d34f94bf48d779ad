using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Language.Parsing;

/// <summary>
/// Greedy arc-eager dependency parser scored by an averaged perceptron. Labels may carry
/// pseudo-projective lift marks, undone after parsing. Immutable; scratch is per thread.
/// </summary>
internal sealed class Parser
{
    public const string Kind = "parser";
    public const int FormatVersion = 2;   // 2: word clusters (or none) saved before the labels

    // The classifier numbers the actions in scoring order: shift, reduce, right-arcs, then left-arcs,
    // so a state that allows no left-arc (a third of them) scores only the first 2 + L classes.
    readonly PerceptronModel _model;
    readonly int[] _rank;   // action (ArcEager numbering) → class in _model
    readonly ulong[] _labelHashes;
    readonly bool _anyLifted;

    [ThreadStatic] static Scratch? t_scratch;

    /// <summary>A parser over <paramref name="model"/>, whose classes are the ArcEager actions.</summary>
    public Parser(string[] labels, PerceptronModel model, EmbeddedClusters? clusters = null)
        : this(labels, InScoringOrder(model, labels.Length), clusters) { }

    Parser(string[] labels, (PerceptronModel Model, int[] Rank) ranked, EmbeddedClusters? clusters)
    {
        Clusters = clusters;
        if (ranked.Model.ClassCount != ArcEager.ActionCount(labels.Length)) throw new InvalidDataException("label count differs from the classifier's");
        Labels = labels;
        (_model, _rank) = ranked;
        _labelHashes = [.. labels.Select(l => FeatureHash.Of(l))];
        _anyLifted = labels.Any(l => l.Contains(Projectivizer.Lift));
    }

    /// <summary>Transition labels (UD relations, some with a ↑ lift mark).</summary>
    public string[] Labels { get; }
    /// <summary>Features and weights of the classifier.</summary>
    public int FeatureCount => _model.FeatureCount;
    public int EntryCount => _model.EntryCount;
    /// <summary>The word clusters the features read; null for a parser trained without them.</summary>
    public EmbeddedClusters? Clusters { get; }
    internal ulong[] LabelHashes => _labelHashes;

    /// <summary>Parses one sentence given hashed tags; heads are 0-based within the sentence, -1 for the root.</summary>
    public void Parse(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<ulong> tags, Span<int> heads, Span<string> deprels)
    {
        int n = starts.Length;
        if (n == 0) return;
        var s = t_scratch ??= new Scratch();
        s.Context.LabelHashes = _labelHashes;
        s.Context.Clusters = Clusters?.Clusters;
        s.Context.Fill(text, starts, ends, tags);
        var state = s.State;
        state.Reset(n);
        var scores = s.Scores(_model.ClassCount);
        int withoutLeft = 2 + Labels.Length;
        while (!state.IsTerminal)
        {
            // With an empty stack shift is the only move: scoring could not change it.
            if (state.StackSize == 0) { ArcEager.Apply(state, ArcEager.Shift); continue; }
            ParserFeatures.Extract(state, s.Context, s.Features);
            bool left = ArcEager.CanLeft(state);
            _model.Score(s.Features, left ? scores : scores[..withoutLeft]);
            ArcEager.Apply(state, BestValidRanked(state, scores, Labels.Length));
        }
        var labels = s.Labels(n);
        for (int i = 0; i < n; i++)
        {
            heads[i] = state.Heads[i];
            labels[i] = heads[i] < 0 ? "root" : Labels[state.Labels[i]];
        }
        if (_anyLifted) Projectivizer.Deprojectivize(heads[..n], labels);
        var isPunct = s.Punct(n);
        for (int i = 0; i < n; i++) isPunct[i] = IsPunctuation(text.AsSpan(starts[i], ends[i] - starts[i]));
        ArcEager.SingleRoot(heads[..n], labels.AsSpan(0, n), isPunct);
        labels.AsSpan(0, n).CopyTo(deprels);
    }

    static bool IsPunctuation(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsPunctuation(c)) return false;
        return word.Length > 0;
    }

    /// <summary>The highest-scoring action the state allows (the first in action order on ties).</summary>
    public static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        bool shift = ArcEager.CanShift(state), reduce = ArcEager.CanReduce(state);
        bool left = ArcEager.CanLeft(state), right = ArcEager.CanRight(state);
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (shift) { best = ArcEager.Shift; bestScore = scores[ArcEager.Shift]; }
        if (reduce && (best < 0 || scores[ArcEager.Reduce] > bestScore)) { best = ArcEager.Reduce; bestScore = scores[ArcEager.Reduce]; }
        for (int a = 2; a < scores.Length; a++)
        {
            if ((a & 1) == 0 ? !left : !right) continue;
            if (best < 0 || scores[a] > bestScore) { best = a; bestScore = scores[a]; }
        }
        return best;
    }

    /// <summary>
    /// <see cref="BestValid(ParserState, ReadOnlySpan{float})"/> over scores in scoring order: the
    /// best score, ties going to the smallest action, found per contiguous block of classes.
    /// </summary>
    internal static int BestValidRanked(ParserState state, ReadOnlySpan<float> ranked, int labels)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        void Consider(int action, float score)
        {
            if (best < 0 || score > bestScore || (score == bestScore && action < best)) { best = action; bestScore = score; }
        }
        if (ArcEager.CanShift(state)) Consider(ArcEager.Shift, ranked[0]);
        if (ArcEager.CanReduce(state)) Consider(ArcEager.Reduce, ranked[1]);
        if (ArcEager.CanRight(state) && labels > 0)
        {
            int l = PerceptronModel.ArgMax(ranked.Slice(2, labels));
            Consider(ArcEager.RightArc(l), ranked[2 + l]);
        }
        if (ArcEager.CanLeft(state) && labels > 0)
        {
            int l = PerceptronModel.ArgMax(ranked.Slice(2 + labels, labels));
            Consider(ArcEager.LeftArc(l), ranked[2 + labels + l]);
        }
        return best;
    }

    /// <summary>Action (ArcEager numbering) → its class in scoring order.</summary>
    internal static int[] ScoringRank(int labels)
    {
        var rank = new int[ArcEager.ActionCount(labels)];
        rank[ArcEager.Shift] = 0;
        rank[ArcEager.Reduce] = 1;
        for (int l = 0; l < labels; l++)
        {
            rank[ArcEager.RightArc(l)] = 2 + l;
            rank[ArcEager.LeftArc(l)] = 2 + labels + l;
        }
        return rank;
    }

    static (PerceptronModel, int[]) InScoringOrder(PerceptronModel model, int labels)
    {
        if (model.ClassCount != ArcEager.ActionCount(labels)) throw new InvalidDataException("label count differs from the classifier's");
        var rank = ScoringRank(labels);
        return (model.Renumbered(rank), rank);
    }

    static int[] Inverse(int[] rank)
    {
        var action = new int[rank.Length];
        for (int a = 0; a < rank.Length; a++) action[rank[a]] = a;
        return action;
    }

    public void Save(string path) => ModelFile.Save(path, Kind, FormatVersion, w =>
    {
        ModelFile.WriteStrings(w, ParserFeatures.Templates);
        w.Write(Clusters is not null);
        Clusters?.Write(w);
        ModelFile.WriteStrings(w, Labels);
        _model.Write(w, Inverse(_rank));   // the file numbers classes as ArcEager actions
    });

    /// <summary>Reads the model; with <paramref name="cacheDirectory"/>, its built tables are cached there for later loads.</summary>
    public static ModelLoadResult<Parser> Load(string path, string? cacheDirectory = null) => ModelFile.Load(path, Kind, FormatVersion, r =>
    {
        ModelFile.CheckTemplates(r, ParserFeatures.Templates);
        var clusters = r.ReadBoolean() ? EmbeddedClusters.Read(r) : null;
        var labels = ModelFile.ReadStrings(r);
        var rank = ScoringRank(labels.Length);
        return new Parser(labels, (PerceptronModel.Read(r, rank), rank), clusters);
    }, cacheDirectory);

    sealed class Scratch
    {
        public readonly ParserState State = new();
        public readonly ParserFeatures.Context Context = new();
        public readonly ulong[] Features = new ulong[ParserFeatures.Count];
        float[] _scores = [];
        string[] _labels = new string[64];
        bool[] _punct = new bool[64];

        public Span<float> Scores(int n)
        {
            if (_scores.Length < n) _scores = new float[n];
            return _scores.AsSpan(0, n);
        }

        public string[] Labels(int n) => _labels.Length >= n ? _labels : _labels = new string[n * 2];
        public Span<bool> Punct(int n) => (_punct.Length >= n ? _punct : _punct = new bool[n * 2]).AsSpan(0, n);
    }
}
