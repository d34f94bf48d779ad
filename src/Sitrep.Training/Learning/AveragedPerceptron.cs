using Sitrep.Learning;

namespace Sitrep.Training.Learning;

/// <summary>
/// Averaged multi-class perceptron during training (thinc's AveragedPerceptron): weights are sparse
/// per feature (only classes that took part in a mistake get an entry) and averaged lazily with
/// timestamps. <see cref="Update"/> is the greedy step, <see cref="Add"/> the structured one (whole
/// decoded sequences); call <see cref="Tick"/> once per training example; <see cref="Freeze"/> gives
/// the compact model.
/// </summary>
internal sealed class AveragedPerceptron(int classCount)
{
    readonly Dictionary<ulong, int> _featureIds = [];
    readonly List<ulong> _featureKeys = [];
    int[][] _rows = new int[1024][];   // per feature: class, param, class, param, ...
    int[] _rowLength = new int[1024];
    float[] _weights = new float[4096];
    double[] _totals = new double[4096];
    int[] _stamps = new int[4096];
    int _params, _now;

    public int ClassCount { get; } = classCount;
    public int FeatureCount => _featureKeys.Count;

    /// <summary>Advances the clock by <paramref name="steps"/> examples: an update counts for every step until the weight changes again.</summary>
    public void Tick(int steps = 1) => _now += steps;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        AddScores(features, scores);
    }

    /// <summary>Adds the current weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_featureIds.TryGetValue(f, out int id)) continue;
            var row = _rows[id];
            for (int k = 0, n = _rowLength[id]; k < n; k += 2)
                scores[row[k]] += _weights[row[k + 1]];
        }
    }

    /// <summary>
    /// Standard perceptron step: promote <paramref name="truth"/>, demote <paramref name="guess"/>.
    /// With <paramref name="admitted"/>, a feature outside it gets no weights (a frequency cut-off).
    /// </summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, IReadOnlySet<ulong>? admitted = null)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            if (admitted is not null && !admitted.Contains(f)) continue;
            int id = FeatureId(f);
            Add(id, truth, 1f);
            Add(id, guess, -1f);
        }
    }

    /// <summary>Structured step: adds <paramref name="delta"/> to the weight of <paramref name="cls"/> for every feature.</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features) Add(FeatureId(f), cls, delta);
    }

    int FeatureId(ulong key)
    {
        if (_featureIds.TryGetValue(key, out int id)) return id;
        id = _featureKeys.Count;
        _featureIds.Add(key, id);
        _featureKeys.Add(key);
        if (id == _rows.Length)
        {
            Array.Resize(ref _rows, id * 2);
            Array.Resize(ref _rowLength, id * 2);
        }
        _rows[id] = new int[4];
        return id;
    }

    void Add(int id, int cls, float delta)
    {
        var row = _rows[id];
        int n = _rowLength[id];
        int p = -1;
        for (int k = 0; k < n; k += 2)
            if (row[k] == cls) { p = row[k + 1]; break; }
        if (p < 0)
        {
            p = NewParam();
            if (n + 2 > row.Length) { Array.Resize(ref row, row.Length * 2); _rows[id] = row; }
            row[n] = cls;
            row[n + 1] = p;
            _rowLength[id] = n + 2;
        }
        _totals[p] += (double)(_now - _stamps[p]) * _weights[p];
        _stamps[p] = _now;
        _weights[p] += delta;
    }

    int NewParam()
    {
        if (_params == _weights.Length)
        {
            Array.Resize(ref _weights, _params * 2);
            Array.Resize(ref _totals, _params * 2);
            Array.Resize(ref _stamps, _params * 2);
        }
        _stamps[_params] = _now;
        return _params++;
    }

    /// <summary>
    /// The averaged weights as a read-only model; entries whose average is below
    /// <paramref name="minWeight"/> in magnitude are dropped, and so are features left empty.
    /// </summary>
    public PerceptronModel Freeze(float minWeight = 1e-4f)
    {
        var rows = new PerceptronRows(minWeight);
        var entries = new List<(int Cls, double W)>();
        double now = Math.Max(1, _now);
        foreach (int id in Enumerable.Range(0, _featureKeys.Count).OrderBy(i => _featureKeys[i]))
        {
            entries.Clear();
            var row = _rows[id];
            for (int k = 0, n = _rowLength[id]; k < n; k += 2)
            {
                int p = row[k + 1];
                entries.Add((row[k], (_totals[p] + (_now - _stamps[p]) * (double)_weights[p]) / now));
            }
            entries.Sort((a, b) => a.Cls.CompareTo(b.Cls));
            foreach (var (cls, w) in entries) rows.Add(cls, w);
            rows.EndRow(_featureKeys[id]);
        }
        return rows.Build(ClassCount);
    }
}
