using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sitrep.Language.Clusters;

namespace Sitrep.Training.Language.Clusters;

/// <summary>
/// Brown clustering as in Liang (2005): words enter by frequency into a window of C active clusters; each
/// new word makes C+1, and the pair whose merge loses the least average mutual information (AMI) is merged.
/// When every word is in, the C clusters are merged down to one and that merge tree gives each cluster its
/// bit-string path (0 = the cluster kept in the lower slot, 1 = the other).
/// <para>
/// Slots hold dense matrices of the cluster bigram probabilities <c>P[l,r]</c>, their AMI terms
/// <c>Q[l,r] = P log(P / (pl·pr))</c>, the merge losses <c>L[i,j]</c> and, for each pair, the entropy-like sums
/// <c>X[i,j] = Σe (P[i,e]+P[j,e]) log(P[i,e]+P[j,e])</c> and <c>Y</c> (the same over columns) that make a pair's
/// loss O(1) to recompute. A merge or a new word changes L, X and Y of untouched pairs only through the terms
/// with the changed clusters, so those are updated in O(1) each; pairs with a changed cluster are recomputed
/// from their sums in O(neighbours of the smaller cluster). One step is O(C²) with vectorised arithmetic.
/// Deterministic: fixed order, ties to the lowest pair.
/// </para>
/// </summary>
internal sealed class BrownClusterer
{
    const double Tiny = 1e-300;

    readonly BigramCounts _data;
    readonly int _clusters, _stride;
    // Row-major [slot * stride + slot]; L, X and Y use only i < j.
    readonly double[] _p, _pt, _q, _l, _x, _y;
    // Per slot: marginals and their logs, the slot's AMI total S, and sums over its row (R) and column (C):
    // Σ P, Σ P·log(other marginal), Σ P log P.
    readonly double[] _pl, _pr, _lpl, _lpr, _s, _rowP, _colP, _rowW, _colW, _rowH, _colH;
    readonly double[] _qin, _qr, _qc, _ds, _newX, _newY;
    readonly int[] _node;
    readonly List<int> _right = [], _left = [];
    int _n;

    // Phase one: the slot of each cluster by its representative word, and which word a word was merged into.
    // Phase two: the merge tree over the final clusters.
    readonly int[] _slotOfWord;
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
        _x = new double[cells];
        _y = new double[cells];
        double[] Slots() => new double[_stride];
        (_pl, _pr, _lpl, _lpr, _s) = (Slots(), Slots(), Slots(), Slots(), Slots());
        (_rowP, _colP, _rowW, _colW, _rowH, _colH) = (Slots(), Slots(), Slots(), Slots(), Slots(), Slots());
        (_qin, _qr, _qc, _ds, _newX, _newY) = (Slots(), Slots(), Slots(), Slots(), Slots(), Slots());
        _node = new int[_stride];
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

    int SlotOf(int word) => _slotOfWord[Find(word)];

    int Upper(int i, int j) => i < j ? i * _stride + j : j * _stride + i;

    // ---- adding a word ----

    void AddWord(int w)
    {
        int s = _n, st = _stride, rs = s * st;
        double total = _data.Total;
        for (int k = _data.RightStart[w]; k < _data.RightStart[w + 1]; k++)
        {
            int v = _data.RightWord[k];
            if (v > w) break;
            _p[rs + (v == w ? s : SlotOf(v))] += _data.RightCount[k] / total;
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
            _pt[t * st + s] = _p[rs + t];
            _pt[rs + t] = _p[t * st + s];
        }

        // AMI terms of the new row and column; every other cluster's totals gain their entries with s.
        var qin = _qin;
        double selfTotal = 0;
        for (int t = 0; t <= s; t++)
        {
            _q[rs + t] = F(_p[rs + t], _lpl[s], _lpr[t]);
            _q[t * st + s] = F(_p[t * st + s], _lpl[t], _lpr[s]);
            qin[t] = _q[rs + t] + _q[t * st + s];
            selfTotal += qin[t];
        }
        _s[s] = selfTotal - _q[rs + s];
        qin[s] = 0;
        for (int t = 0; t < s; t++)
        {
            _s[t] += qin[t];
            double toS = _p[t * st + s], fromS = _p[rs + t];
            _rowP[t] += toS;
            _rowW[t] += toS * _lpr[s];
            _rowH[t] += XLogX(toS);
            _colP[t] += fromS;
            _colW[t] += fromS * _lpl[s];
            _colH[t] += XLogX(fromS);
        }
        SlotSums(s);

        for (int i = 0; i < s - 1; i++) UpdateForNewCluster(i, s);

        // X[t,s] = Σe xlogx(P[t,e] + P[s,e]): t's own row sum where s has no neighbour.
        Support(s);
        for (int t = 0; t < s; t++)
        {
            int rt = t * st;
            double x = _rowH[t], y = _colH[t];
            foreach (int e in _right) x += XLogX(_p[rt + e] + _p[rs + e]) - XLogX(_p[rt + e]);
            foreach (int e in _left) y += XLogX(_pt[rt + e] + _pt[rs + e]) - XLogX(_pt[rt + e]);
            _x[rt + s] = x;
            _y[rt + s] = y;
            _l[rt + s] = Loss(t, s);
        }
    }

    /// <summary>Clusters next to slot c on its right (<see cref="_right"/>) and on its left (<see cref="_left"/>).</summary>
    void Support(int c)
    {
        int rc = c * _stride;
        _right.Clear();
        _left.Clear();
        for (int e = 0; e < _n; e++)
        {
            if (_p[rc + e] > 0) _right.Add(e);
            if (_pt[rc + e] > 0) _left.Add(e);
        }
    }

    void SlotSums(int c)
    {
        int rc = c * _stride;
        double rowP = 0, rowW = 0, rowH = 0, colP = 0, colW = 0, colH = 0;
        for (int e = 0; e < _n; e++)
        {
            double r = _p[rc + e], l = _pt[rc + e];
            if (r > 0) { rowP += r; rowW += r * _lpr[e]; rowH += r * Math.Log(r); }
            if (l > 0) { colP += l; colW += l * _lpl[e]; colH += l * Math.Log(l); }
        }
        (_rowP[c], _rowW[c], _rowH[c], _colP[c], _colW[c], _colH[c]) = (rowP, rowW, rowH, colP, colW, colH);
    }

    /// <summary>L, X and Y of pairs (i, j &lt; s) gain the terms of the new cluster s.</summary>
    void UpdateForNewCluster(int i, int s)
    {
        int st = _stride, rs = s * st;
        var qin = _qin;
        var vpis = Vector256.Create(_p[i * st + s]);
        var vpsi = Vector256.Create(_p[rs + i]);
        var vpli = Vector256.Create(_pl[i]);
        var vpri = Vector256.Create(_pr[i]);
        var vlps = Vector256.Create(_lpr[s]);
        var vlls = Vector256.Create(_lpl[s]);
        var vqi = Vector256.Create(qin[i]);
        var tiny = Vector256.Create(Tiny);
        for (int j = i + 1; j < s; j += 4)
        {
            var x = vpis + Load(_pt, rs + j);
            var y = vpsi + Load(_p, rs + j);
            if (x == Vector256<double>.Zero && y == Vector256<double>.Zero) continue;
            var ll = Vector256.Log(Vector256.Max(vpli + Load(_pl, j), tiny));
            var lr = Vector256.Log(Vector256.Max(vpri + Load(_pr, j), tiny));
            var hx = x * Vector256.Log(Vector256.Max(x, tiny));
            var hy = y * Vector256.Log(Vector256.Max(y, tiny));
            int at = i * st + j;
            Store(_l, at, Load(_l, at) + vqi + Load(qin, j) - (hx - x * (ll + vlps)) - (hy - y * (vlls + lr)));
            Store(_x, at, Load(_x, at) + hx);
            Store(_y, at, Load(_y, at) + hy);
        }
    }

    /// <summary>AMI lost by merging i and j, from the pair's sums X, Y and the slots' row and column sums.</summary>
    double Loss(int i, int j)
    {
        int st = _stride, ri = i * st, rj = j * st, at = Upper(i, j);
        double ll = Math.Log(Math.Max(_pl[i] + _pl[j], Tiny)), lr = Math.Log(Math.Max(_pr[i] + _pr[j], Tiny));
        double merged = _x[at] - ll * (_rowP[i] + _rowP[j]) - _rowW[i] - _rowW[j]
                      + _y[at] - lr * (_colP[i] + _colP[j]) - _colW[i] - _colW[j];
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
        double self = _p[ra + a] + _p[ra + b] + _p[rb + a] + _p[rb + b];
        // New AMI terms of the merged row (qr) and column (qc), and the change of each other cluster's total (ds).
        var (qr, qc, ds) = (_qr, _qc, _ds);
        for (int t = 0; t < n; t++)
        {
            if (t == a || t == b) { ds[t] = 0; continue; }
            qr[t] = F(_p[ra + t] + _p[rb + t], lplab, _lpr[t]);
            qc[t] = F(_pt[ra + t] + _pt[rb + t], _lpl[t], lprab);
            ds[t] = qr[t] + qc[t] - (_q[t * st + a] + _q[ra + t] + _q[t * st + b] + _q[rb + t]);
        }
        MergedPairSums(a, b, self);
        for (int i = 0; i < n - 1; i++)
            if (i != a && i != b) UpdateForMerge(i, a, b, lplab, lprab);

        for (int t = 0; t < n; t++)
        {
            if (t == a || t == b) continue;
            int rt = t * st;
            double ta = _p[rt + a], tb = _p[rt + b], at = _p[ra + t], bt = _p[rb + t];
            _rowW[t] += (ta + tb) * lprab - ta * _lpr[a] - tb * _lpr[b];
            _rowH[t] += XLogX(ta + tb) - XLogX(ta) - XLogX(tb);
            _colW[t] += (at + bt) * lplab - at * _lpl[a] - bt * _lpl[b];
            _colH[t] += XLogX(at + bt) - XLogX(at) - XLogX(bt);
            _p[ra + t] = at + bt;
            _pt[ra + t] += _pt[rb + t];
            _p[rt + a] = _pt[ra + t];
            _pt[rt + a] = _p[ra + t];
            _q[ra + t] = qr[t];
            _q[rt + a] = qc[t];
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
        SlotSums(a);
        for (int t = 0; t < _n; t++)
        {
            if (t == a) continue;
            int at = Upper(t, a);
            _x[at] = _newX[t];
            _y[at] = _newY[t];
            _l[at] = Loss(t, a);
        }
    }

    /// <summary>
    /// X and Y of (t, a+b) for every other t, before the merge is applied: the sums of (t, c) for the larger of
    /// a and b, corrected where the smaller one has neighbours and at the merged column. Left in _newX/_newY by
    /// slot, with the last slot's values also at b (where MoveSlot puts that slot).
    /// </summary>
    void MergedPairSums(int a, int b, double self)
    {
        int st = _stride, n = _n;
        Support(a);
        int sizeA = _right.Count + _left.Count;
        Support(b);
        (int c, int o) = sizeA >= _right.Count + _left.Count ? (a, b) : (b, a);
        if (o == a) Support(a);
        int rc = c * st, ro = o * st;
        for (int t = 0; t < n; t++)
        {
            if (t == a || t == b) continue;
            int rt = t * st;
            double x = _x[Upper(t, c)], y = _y[Upper(t, c)];
            foreach (int e in _right)
                if (e != a && e != b) x += XLogX(_p[rt + e] + _p[rc + e] + _p[ro + e]) - XLogX(_p[rt + e] + _p[rc + e]);
            foreach (int e in _left)
                if (e != a && e != b) y += XLogX(_pt[rt + e] + _pt[rc + e] + _pt[ro + e]) - XLogX(_pt[rt + e] + _pt[rc + e]);
            x += XLogX(_p[rt + a] + _p[rt + b] + self) - XLogX(_p[rt + a] + _p[rc + a]) - XLogX(_p[rt + b] + _p[rc + b]);
            y += XLogX(_pt[rt + a] + _pt[rt + b] + self) - XLogX(_pt[rt + a] + _pt[rc + a]) - XLogX(_pt[rt + b] + _pt[rc + b]);
            _newX[t] = x;
            _newY[t] = y;
        }
        if (b != n - 1)
        {
            _newX[b] = _newX[n - 1];
            _newY[b] = _newY[n - 1];
        }
    }

    /// <summary>
    /// L, X and Y of (i, j &lt; n) after a merges with b: S[i] and S[j] change by ds, and in the merged i+j's
    /// sums the terms with a and b become one term with a+b. The i+j marginal cancels out of that difference.
    /// </summary>
    void UpdateForMerge(int i, int a, int b, double lplab, double lprab)
    {
        int st = _stride, n = _n, ra = a * st, rb = b * st;
        var ds = _ds;
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
            int at = i * st + j;
            if (xb != Vector256<double>.Zero && xa != Vector256<double>.Zero)
            {
                var mix = Mix(xa, xb);
                dt += mix;
                Store(_x, at, Load(_x, at) + mix);
            }
            if (yb != Vector256<double>.Zero && ya != Vector256<double>.Zero)
            {
                var mix = Mix(ya, yb);
                dt += mix;
                Store(_y, at, Load(_y, at) + mix);
            }
            Store(_l, at, Load(_l, at) + vdsi + Load(ds, j) - dt);
        }
    }

    /// <summary>(u+v) log(u+v) − u log u − v log v, zero where either is zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Mix(Vector256<double> u, Vector256<double> v) => XLogX(u + v) - XLogX(u) - XLogX(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> XLogX(Vector256<double> x) => x * Vector256.Log(Vector256.Max(x, Vector256.Create(Tiny)));

    static double XLogX(double x) => x > 0 ? x * Math.Log(x) : 0;

    static double F(double x, double logLeft, double logRight) => x > 0 ? x * (Math.Log(x) - logLeft - logRight) : 0;

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
                int dst = Upper(t, to), src = t * st + from;
                _l[dst] = _l[src];
                _x[dst] = _x[src];
                _y[dst] = _y[src];
            }
            _p[to * st + to] = _p[from * st + from];
            _pt[to * st + to] = _pt[from * st + from];
            _q[to * st + to] = _q[from * st + from];
            foreach (var slot in (double[][])[_pl, _pr, _lpl, _lpr, _s, _rowP, _colP, _rowW, _colW, _rowH, _colH]) slot[to] = slot[from];
            _node[to] = _node[from];
            if (_node[to] < _slotOfWord.Length) _slotOfWord[_node[to]] = to;
        }
        for (int t = 0; t < n; t++)
        {
            _p[from * st + t] = _p[t * st + from] = 0;
            _pt[from * st + t] = _pt[t * st + from] = 0;
            _q[from * st + t] = _q[t * st + from] = 0;
        }
        foreach (var slot in (double[][])[_pl, _pr, _lpl, _lpr, _s, _rowP, _colP, _rowW, _colW, _rowH, _colH]) slot[from] = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Load(double[] a, int at) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store(double[] a, int at, Vector256<double> v) =>
        v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)at);
}
