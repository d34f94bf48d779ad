using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Language.Clusters;

/// <summary>
/// Brown clustering as in Liang (2005): words enter by frequency into a window of C active clusters; each
/// new word makes C+1, and the pair whose merge loses the least average mutual information (AMI) is merged.
/// When every word is in, the C clusters are merged down to one and that merge tree gives each cluster its
/// bit-string path (0 = the cluster kept in the lower slot, 1 = the other).
/// <para>
/// Slots hold dense matrices of the cluster bigram probabilities <c>P[l,r]</c>, their AMI terms
/// <c>Q[l,r] = P log(P / (pl·pr))</c> and the merge losses <c>L[i,j]</c> (i &lt; j). A merge or a new word
/// changes L of untouched pairs only through the terms with the changed clusters, so those are updated in
/// O(1) each; only pairs with a changed cluster are recomputed, in O(C). Deterministic: fixed order, ties to
/// the lowest pair.
/// </para>
/// </summary>
internal sealed class BrownClusterer
{
    const double Tiny = 1e-300;

    readonly BigramCounts _data;
    readonly int _clusters, _stride;
    readonly double[] _p, _pt, _q, _l;
    readonly double[] _pl, _pr, _lpl, _lpr, _s, _scratchA, _scratchB, _scratchC, _scratchD;
    readonly int[] _node;
    readonly double[] _rowQ, _rowP, _colQ, _colP;
    /// <summary>Phase one: the slot of each cluster, by its representative word.</summary>
    readonly int[] _slotOfWord;
    int _n;

    // Phase one: which word a word was merged into. Phase two: the merge tree over cluster representatives.
    readonly int[] _parent;
    readonly List<(int Left, int Right)> _tree = [];

    BrownClusterer(BigramCounts data, int clusters)
    {
        _data = data;
        _clusters = clusters;
        int capacity = clusters + 1;
        _stride = (capacity + 3) / 4 * 4 + 4;
        long cells = (long)capacity * _stride + _stride;
        _p = new double[cells];
        _pt = new double[cells];
        _q = new double[cells];
        _l = new double[cells];
        _pl = new double[_stride];
        _pr = new double[_stride];
        _lpl = new double[_stride];
        _lpr = new double[_stride];
        _s = new double[_stride];
        _scratchA = new double[_stride];
        _scratchB = new double[_stride];
        _scratchC = new double[_stride];
        _scratchD = new double[_stride];
        _node = new int[_stride];
        _rowQ = new double[_stride];
        _rowP = new double[_stride];
        _colQ = new double[_stride];
        _colP = new double[_stride];
        _slotOfWord = new int[data.Vocabulary];
        _parent = new int[data.Vocabulary];
        for (int i = 0; i < _parent.Length; i++) _parent[i] = i;
    }

    /// <summary>Clusters the vocabulary; returns each word's path (indexes into the distinct paths, most frequent cluster first).</summary>
    public static (int[] ClusterOfWord, string[] Paths) Run(BigramCounts data, int clusters, Action<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 2);
        if (data.Vocabulary == 0) return ([], []);
        var brown = new BrownClusterer(data, Math.Min(clusters, data.Vocabulary));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int w = 0; w < data.Vocabulary; w++)
        {
            brown.AddWord(w);
            if (brown._n > brown._clusters) brown.MergeBest(hierarchy: false);
            if (progress != null && (w + 1) % 2000 == 0)
                progress($"  {w + 1:N0}/{data.Vocabulary:N0} words in, {clock.Elapsed.TotalSeconds:F0} s");
        }
        while (brown._n > 1) brown.MergeBest(hierarchy: true);
        return brown.Paths();
    }

    /// <summary>
    /// Runs the clustering and, before every merge, compares each pair's maintained loss with the AMI actually
    /// lost by merging it (computed from scratch): the largest difference seen. For tests on tiny vocabularies.
    /// </summary>
    internal static double LargestLossError(BigramCounts data, int clusters)
    {
        var brown = new BrownClusterer(data, Math.Min(clusters, data.Vocabulary));
        double worst = 0;
        for (int w = 0; w < data.Vocabulary; w++)
        {
            brown.AddWord(w);
            if (brown._n > brown._clusters)
            {
                worst = Math.Max(worst, brown.LossError());
                brown.MergeBest(hierarchy: false);
            }
        }
        while (brown._n > 1)
        {
            worst = Math.Max(worst, brown.LossError());
            brown.MergeBest(hierarchy: true);
        }
        return worst;
    }

    double LossError()
    {
        double worst = 0, now = Ami(-1, -1);
        for (int i = 0; i < _n; i++)
            for (int j = i + 1; j < _n; j++)
                worst = Math.Max(worst, Math.Abs(_l[i * _stride + j] - (now - Ami(i, j))));
        return worst;
    }

    /// <summary>AMI of the active clusters with j merged into i (none when i &lt; 0), from the bigram probabilities.</summary>
    double Ami(int i, int j)
    {
        int Map(int t) => t == j ? i : t;
        var p = new Dictionary<(int, int), double>();
        var pl = new double[_n];
        var pr = new double[_n];
        for (int s = 0; s < _n; s++)
        {
            pl[Map(s)] += _pl[s];
            pr[Map(s)] += _pr[s];
            for (int t = 0; t < _n; t++)
                p[(Map(s), Map(t))] = p.GetValueOrDefault((Map(s), Map(t))) + _p[s * _stride + t];
        }
        double ami = 0;
        foreach (var ((s, t), x) in p)
            if (x > 0) ami += x * Math.Log(x / (pl[s] * pr[t]));
        return ami;
    }

    (int[] ClusterOfWord, string[] Paths) Paths()
    {
        int vocabulary = _data.Vocabulary;
        var leafPath = new Dictionary<int, string>();
        var stack = new Stack<(int Node, string Path)>();
        int root = _node[0];
        stack.Push((root, root < vocabulary ? "0" : ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (node < vocabulary) { leafPath[node] = path; continue; }
            var (left, right) = _tree[node - vocabulary];
            stack.Push((right, path + "1"));
            stack.Push((left, path + "0"));
        }
        var index = new Dictionary<int, int>();
        var paths = new List<string>();
        var clusterOf = new int[vocabulary];
        for (int w = 0; w < vocabulary; w++)
        {
            int rep = Find(w);
            if (!index.TryGetValue(rep, out int c))
            {
                c = paths.Count;
                index[rep] = c;
                paths.Add(leafPath[rep]);
            }
            clusterOf[w] = c;
        }
        return (clusterOf, paths.ToArray());
    }

    int Find(int w)
    {
        int root = w;
        while (_parent[root] != root) root = _parent[root];
        while (_parent[w] != root) (w, _parent[w]) = (_parent[w], root);
        return root;
    }

    // ---- adding a word ----

    void AddWord(int w)
    {
        int s = _n, st = _stride;
        double total = _data.Total;
        for (int k = _data.RightStart[w]; k < _data.RightStart[w + 1]; k++)
        {
            int v = _data.RightWord[k];
            if (v > w) break;
            int t = v == w ? s : SlotOf(v);
            _p[s * st + t] += _data.RightCount[k] / total;
        }
        for (int k = _data.LeftStart[w]; k < _data.LeftStart[w + 1]; k++)
        {
            int u = _data.LeftWord[k];
            if (u >= w) break;
            _p[SlotOf(u) * st + s] += _data.LeftCount[k] / total;
        }
        long left = 0, right = 0;
        for (int k = _data.RightStart[w]; k < _data.RightStart[w + 1]; k++) left += _data.RightCount[k];
        for (int k = _data.LeftStart[w]; k < _data.LeftStart[w + 1]; k++) right += _data.LeftCount[k];
        _pl[s] = left / total;
        _pr[s] = right / total;
        _lpl[s] = Math.Log(Math.Max(_pl[s], Tiny));
        _lpr[s] = Math.Log(Math.Max(_pr[s], Tiny));
        _node[s] = w;
        _slotOfWord[w] = s;
        _n = s + 1;
        for (int t = 0; t <= s; t++)
        {
            _pt[t * st + s] = _p[s * st + t];
            _pt[s * st + t] = _p[t * st + s];
        }

        // AMI terms of the new row and column; every other cluster's total gains its terms with s.
        var qin = _scratchA;
        double selfTotal = 0;
        for (int t = 0; t <= s; t++)
        {
            _q[s * st + t] = F(_p[s * st + t], _lpl[s], _lpr[t]);
            _q[t * st + s] = F(_p[t * st + s], _lpl[t], _lpr[s]);
            qin[t] = _q[s * st + t] + _q[t * st + s];
            selfTotal += qin[t];
        }
        _s[s] = selfTotal - _q[s * st + s];
        for (int t = 0; t < s; t++) _s[t] += qin[t];
        qin[s] = 0;

        for (int i = 0; i < s - 1; i++) UpdateForNewCluster(i, s);
        for (int t = 0; t < s; t++) _l[t * st + s] = Loss(t, s);
    }

    // A new word is rare next to most clusters: its merge loss with t needs t's row and column sums and the few
    // entries where the word has a neighbour, not t's whole row.
    readonly List<int> _rightOfNew = [], _leftOfNew = [];

    void PrepareSparseLoss(int s)
    {
        int st = _stride, n = _n;
        _rightOfNew.Clear();
        _leftOfNew.Clear();
        for (int e = 0; e < n; e++)
        {
            if (_p[s * st + e] > 0) _rightOfNew.Add(e);
            if (_pt[s * st + e] > 0) _leftOfNew.Add(e);
        }
        var rowQ = _rowQ; var rowP = _rowP; var colQ = _colQ; var colP = _colP;
        Array.Clear(colQ);
        Array.Clear(colP);
        for (int t = 0; t < n; t++)
        {
            var sq = Vector256<double>.Zero;
            var sp = Vector256<double>.Zero;
            int row = t * st;
            for (int e = 0; e < n; e += 4)
            {
                var q = Load(_q, row + e);
                var p = Load(_p, row + e);
                sq += q;
                sp += p;
                Store(colQ, e, Load(colQ, e) + q);
                Store(colP, e, Load(colP, e) + p);
            }
            rowQ[t] = Vector256.Sum(sq);
            rowP[t] = Vector256.Sum(sp);
        }
    }

    /// <summary>Same value as <see cref="Loss"/>(t, s) for the new cluster s, in O(neighbours of s).</summary>
    double SparseLoss(int t, int s)
    {
        int st = _stride, rt = t * st, rs = s * st;
        double ll = Math.Log(Math.Max(_pl[t] + _pl[s], Tiny)), lr = Math.Log(Math.Max(_pr[t] + _pr[s], Tiny));
        // Where s has no neighbour e, the merged term is t's own Q[t,e] with the merged marginal: linear in P[t,e].
        double shiftL = _lpl[t] - ll, shiftR = _lpr[t] - lr;
        double merged = _rowQ[t] + shiftL * _rowP[t] + _colQ[t] + shiftR * _colP[t];
        foreach (int e in _rightOfNew)
            merged += F(_p[rt + e] + _p[rs + e], ll, _lpr[e]) - _q[rt + e] - _p[rt + e] * shiftL;
        foreach (int e in _leftOfNew)
            merged += F(_pt[rt + e] + _pt[rs + e], _lpl[e], lr) - _q[e * st + t] - _pt[rt + e] * shiftR;
        foreach (int e in (ReadOnlySpan<int>)[t, s])
            merged -= F(_p[rt + e] + _p[rs + e], ll, _lpr[e]) + F(_pt[rt + e] + _pt[rs + e], _lpl[e], lr);
        double self = _p[rt + t] + _p[rt + s] + _p[rs + t] + _p[rs + s];
        merged += F(self, ll, lr);
        return _s[t] + _s[s] - _q[rt + s] - _q[rs + t] - merged;
    }

    int SlotOf(int word) => _slotOfWord[Find(word)];

    /// <summary>L[i,j] for j in (i, s) gains the terms of the new cluster s: in S[i], S[j] and in the merged i+j's sum.</summary>
    void UpdateForNewCluster(int i, int s)
    {
        int st = _stride;
        double pis = _p[i * st + s], psi = _p[s * st + i];
        var qin = _scratchA;
        var vpis = Vector256.Create(pis);
        var vpsi = Vector256.Create(psi);
        var vpli = Vector256.Create(_pl[i]);
        var vpri = Vector256.Create(_pr[i]);
        var vlps = Vector256.Create(_lpr[s]);
        var vlls = Vector256.Create(_lpl[s]);
        var vqi = Vector256.Create(qin[i]);
        var tiny = Vector256.Create(Tiny);
        for (int j = i + 1; j < s; j += 4)
        {
            var x = vpis + Load(_pt, s * st + j);
            var y = vpsi + Load(_p, s * st + j);
            if (x == Vector256<double>.Zero && y == Vector256<double>.Zero) continue;
            var ll = Vector256.Log(Vector256.Max(vpli + Load(_pl, j), tiny));
            var lr = Vector256.Log(Vector256.Max(vpri + Load(_pr, j), tiny));
            var fx = x * (Vector256.Log(Vector256.Max(x, tiny)) - ll - vlps);
            var fy = y * (Vector256.Log(Vector256.Max(y, tiny)) - vlls - lr);
            int at = i * st + j;
            Store(_l, at, Load(_l, at) + vqi + Load(qin, j) - fx - fy);
        }
    }

    /// <summary>AMI lost by merging i and j, from scratch: O(active clusters).</summary>
    double Loss(int i, int j)
    {
        int st = _stride, n = _n;
        double ll = Math.Log(Math.Max(_pl[i] + _pl[j], Tiny)), lr = Math.Log(Math.Max(_pr[i] + _pr[j], Tiny));
        var vll = Vector256.Create(ll);
        var vlr = Vector256.Create(lr);
        var tiny = Vector256.Create(Tiny);
        var sum = Vector256<double>.Zero;
        int ri = i * st, rj = j * st;
        for (int e = 0; e < n; e += 4)
        {
            var x = Load(_p, ri + e) + Load(_p, rj + e);
            var y = Load(_pt, ri + e) + Load(_pt, rj + e);
            sum += x * (Vector256.Log(Vector256.Max(x, tiny)) - vll - Load(_lpr, e))
                 + y * (Vector256.Log(Vector256.Max(y, tiny)) - Load(_lpl, e) - vlr);
        }
        double merged = Vector256.Sum(sum);
        // Columns and rows i and j belong to the merged cluster itself, counted once below.
        foreach (int e in (ReadOnlySpan<int>)[i, j])
            merged -= F(_p[ri + e] + _p[rj + e], ll, _lpr[e]) + F(_pt[ri + e] + _pt[rj + e], _lpl[e], lr);
        double self = _p[ri + i] + _p[ri + j] + _p[rj + i] + _p[rj + j];
        merged += F(self, ll, lr);
        return _s[i] + _s[j] - _q[ri + j] - _q[rj + i] - merged;
    }

    // ---- merging ----

    void MergeBest(bool hierarchy)
    {
        int st = _stride, n = _n, bestA = 0, bestB = 1;
        double best = double.PositiveInfinity;
        for (int i = 0; i < n - 1; i++)
        {
            int row = i * st;
            for (int j = i + 1; j < n; j++)
                if (_l[row + j] < best) { best = _l[row + j]; bestA = i; bestB = j; }
        }
        Merge(bestA, bestB, hierarchy);
    }

    void Merge(int a, int b, bool hierarchy)
    {
        int st = _stride, n = _n, ra = a * st, rb = b * st;
        double plab = _pl[a] + _pl[b], prab = _pr[a] + _pr[b];
        double lplab = Math.Log(Math.Max(plab, Tiny)), lprab = Math.Log(Math.Max(prab, Tiny));
        // New AMI terms of the merged row (qr) and column (qc), and the change of each other cluster's total (ds).
        var qr = _scratchB;
        var qc = _scratchC;
        var ds = _scratchD;
        for (int t = 0; t < n; t++)
        {
            if (t == a || t == b) { ds[t] = 0; continue; }
            qr[t] = F(_p[ra + t] + _p[rb + t], lplab, _lpr[t]);
            qc[t] = F(_pt[ra + t] + _pt[rb + t], _lpl[t], lprab);
            ds[t] = qr[t] + qc[t] - (_q[t * st + a] + _q[ra + t] + _q[t * st + b] + _q[rb + t]);
        }
        for (int i = 0; i < n - 1; i++)
            if (i != a && i != b) UpdateForMerge(i, a, b, lplab, lprab);

        double self = _p[ra + a] + _p[ra + b] + _p[rb + a] + _p[rb + b];
        for (int t = 0; t < n; t++)
        {
            if (t == a || t == b) continue;
            _p[ra + t] += _p[rb + t];
            _pt[ra + t] += _pt[rb + t];
            _p[t * st + a] = _pt[ra + t];
            _pt[t * st + a] = _p[ra + t];
            _q[ra + t] = qr[t];
            _q[t * st + a] = qc[t];
            _s[t] += ds[t];
        }
        _p[ra + a] = _pt[ra + a] = self;
        _pl[a] = plab;
        _pr[a] = prab;
        _lpl[a] = lplab;
        _lpr[a] = lprab;
        _q[ra + a] = F(self, lplab, lprab);
        double sa = _q[ra + a];
        for (int t = 0; t < n; t++)
            if (t != a && t != b) sa += qr[t] + qc[t];
        _s[a] = sa;

        if (hierarchy)
        {
            _tree.Add((_node[a], _node[b]));
            _node[a] = _data.Vocabulary + _tree.Count - 1;
        }
        else _parent[_node[b]] = _node[a];

        MoveSlot(n - 1, b);
        _n = n - 1;
        for (int t = 0; t < _n; t++)
            if (t != a) _l[Math.Min(t, a) * st + Math.Max(t, a)] = Loss(t, a);
    }

    /// <summary>
    /// L[i,j] for j in (i, n) after a merges with b: S[i] and S[j] change by ds, and in the merged i+j's sum the
    /// terms with a and b become one term with a+b. The i+j marginal cancels out of that difference.
    /// </summary>
    void UpdateForMerge(int i, int a, int b, double lplab, double lprab)
    {
        int st = _stride, n = _n, ra = a * st, rb = b * st;
        var ds = _scratchD;
        var vxa = Vector256.Create(_pt[ra + i]);
        var vxb = Vector256.Create(_pt[rb + i]);
        var vya = Vector256.Create(_p[ra + i]);
        var vyb = Vector256.Create(_p[rb + i]);
        var vdsi = Vector256.Create(ds[i]);
        var vlprab = Vector256.Create(lprab);
        var vlplab = Vector256.Create(lplab);
        var vlpra = Vector256.Create(_lpr[a]);
        var vlprb = Vector256.Create(_lpr[b]);
        var vlpla = Vector256.Create(_lpl[a]);
        var vlplb = Vector256.Create(_lpl[b]);
        for (int j = i + 1; j < n; j += 4)
        {
            var xa = vxa + Load(_pt, ra + j);
            var xb = vxb + Load(_pt, rb + j);
            var ya = vya + Load(_p, ra + j);
            var yb = vyb + Load(_p, rb + j);
            var dt = xa * vlpra + xb * vlprb - (xa + xb) * vlprab
                   + ya * vlpla + yb * vlplb - (ya + yb) * vlplab;
            if (xb != Vector256<double>.Zero && xa != Vector256<double>.Zero) dt += Mix(xa, xb);
            if (yb != Vector256<double>.Zero && ya != Vector256<double>.Zero) dt += Mix(ya, yb);
            int at = i * st + j;
            Store(_l, at, Load(_l, at) + vdsi + Load(ds, j) - dt);
        }
    }

    /// <summary>(u+v) log(u+v) − u log u − v log v, zero where either is zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Mix(Vector256<double> u, Vector256<double> v) =>
        XLogX(u + v) - XLogX(u) - XLogX(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> XLogX(Vector256<double> x) => x * Vector256.Log(Vector256.Max(x, Vector256.Create(Tiny)));

    /// <summary>Moves slot <paramref name="from"/> (the last) into the freed slot <paramref name="to"/> and clears it.</summary>
    void MoveSlot(int from, int to)
    {
        int st = _stride, n = _n;
        if (from != to)
        {
            for (int t = 0; t < n; t++)
            {
                if (t == to || t == from) continue;
                _p[to * st + t] = _p[from * st + t];
                _p[t * st + to] = _p[t * st + from];
                _pt[to * st + t] = _pt[from * st + t];
                _pt[t * st + to] = _pt[t * st + from];
                _q[to * st + t] = _q[from * st + t];
                _q[t * st + to] = _q[t * st + from];
                if (t < to) _l[t * st + to] = _l[t * st + from];
                else _l[to * st + t] = _l[t * st + from];
            }
            _p[to * st + to] = _p[from * st + from];
            _pt[to * st + to] = _pt[from * st + from];
            _q[to * st + to] = _q[from * st + from];
            _pl[to] = _pl[from];
            _pr[to] = _pr[from];
            _lpl[to] = _lpl[from];
            _lpr[to] = _lpr[from];
            _s[to] = _s[from];
            _node[to] = _node[from];
            if (_node[to] < _slotOfWord.Length) _slotOfWord[_node[to]] = to;
        }
        for (int t = 0; t < n; t++)
        {
            _p[from * st + t] = _p[t * st + from] = 0;
            _pt[from * st + t] = _pt[t * st + from] = 0;
            _q[from * st + t] = _q[t * st + from] = 0;
        }
        _pl[from] = _pr[from] = _lpl[from] = _lpr[from] = _s[from] = 0;
    }

    static double F(double x, double logLeft, double logRight) => x > 0 ? x * (Math.Log(x) - logLeft - logRight) : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Load(double[] a, int at) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store(double[] a, int at, Vector256<double> v) =>
        v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)at);
}
