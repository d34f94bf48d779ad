using Sitrep.Places.Gazetteer;
using GazetteerIndex = Sitrep.Places.Gazetteer.Gazetteer;

namespace Sitrep.Places.Resolution;

/// <summary>
/// Chooses a gazetteer entry for every toponym of a document. Each candidate is scored from its
/// own prominence (population, feature, how its name matched), from an explicit container ("Anaheim,
/// California"), then from the rest of the document: the countries and admin1 areas the other
/// toponyms fall in and places near them. One sense per discourse: a surface form keeps one
/// reading throughout. Immutable and thread-safe.
/// </summary>
public sealed class ToponymResolver(CandidateLookup lookup, ResolverWeights? weights = null)
{
    readonly ResolverWeights _w = weights ?? ResolverWeights.Default;
    readonly GazetteerIndex _g = lookup.Gazetteer;

    public CandidateLookup Lookup => lookup;

    public Resolution[] Resolve(string text, IReadOnlyList<ToponymSpan> spans)
    {
        int n = spans.Count;
        var candidates = new Candidate[n][];
        var scores = new double[n][];
        var surfaces = new string[n];
        for (int i = 0; i < n; i++)
        {
            var surface = text.AsSpan(spans[i].StartChar, spans[i].EndChar - spans[i].StartChar);
            surfaces[i] = NameKey.Normalize(surface);
            candidates[i] = lookup.Find(surface);
            scores[i] = new double[candidates[i].Length];
            for (int c = 0; c < candidates[i].Length; c++) scores[i][c] = Prior(candidates[i], c);
        }
        AddContainment(text, spans, candidates, scores);
        var picks = new int[n];
        for (int i = 0; i < n; i++) picks[i] = ArgMax(scores[i]);
        AddDocumentContext(candidates, scores, picks, surfaces);
        var result = OneSensePerDiscourse(candidates, scores, surfaces);
        if (Focus(result) is { } focus)
            for (int i = 0; i < n; i++)
                if (!result[i].IsResolved) result[i] = new Resolution(focus, _w.FocusConfidence, InFocus: true);
        return result;
    }

    /// <summary>The most mentioned resolved place smaller than a region, or -1.</summary>
    int? Focus(Resolution[] result)
    {
        var counts = new Dictionary<int, int>();
        foreach (var r in result)
            if (r.IsResolved && _g[r.Entry].RadiusKm <= _w.FocusMaxRadiusKm && !_g[r.Entry].IsCountry)
                counts[r.Entry] = counts.GetValueOrDefault(r.Entry) + 1;
        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    double Prior(Candidate[] all, int c)
    {
        var p = _g[all[c].Entry];
        var feature = p.Feature;
        double s = _w.Population * Math.Log10(p.Population + 1);
        if (p.IsCountry) s += _w.Country;
        else if (p.IsAdmin1) s += _w.Admin1;
        else if (feature is "L.RGN" or "L.CONT" || feature.StartsWith('H')) s += _w.Region;
        else if (feature == "P.PPLC") s += _w.Capital;
        else if (feature is "P.PPLA" or "P.PPLA2") s += _w.SeatOfAdmin;
        else if (feature == "A.ADM2") s += _w.Admin2;
        if (p.IsArea && !p.IsCountry && HasSeatNamedAlike(all, p)) s += _w.AreaNamedLikeItsCity;
        s += all[c].Match switch
        {
            NameMatch.AlternateName => _w.AlternateName,
            NameMatch.Transliteration => _w.Transliteration,
            NameMatch.Demonym => _w.Demonym,
            _ => 0,
        };
        return s;
    }

    /// <summary>"Raqqa" names both a province and its capital; news means the city.</summary>
    bool HasSeatNamedAlike(Candidate[] all, GazetteerPlace area)
    {
        foreach (var other in all)
        {
            var q = _g[other.Entry];
            if (q.Feature is "P.PPLA" or "P.PPLA2" or "P.PPLC" && q.Admin1Id == area.Admin1Id && q.CountryId == area.CountryId) return true;
        }
        return false;
    }

    /// <summary>"X, Y": Y (a toponym or a country/state name right after the comma) contains X.</summary>
    void AddContainment(string text, IReadOnlyList<ToponymSpan> spans, Candidate[][] candidates, double[][] scores)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            int pos = spans[i].EndChar;
            if (pos >= text.Length || text[pos] != ',') continue;
            pos++;
            while (pos < text.Length && text[pos] == ' ') pos++;
            Candidate[] container = [];
            int containerIndex = -1;
            for (int j = i + 1; j < spans.Count && spans[j].StartChar <= pos; j++)
                if (spans[j].StartChar == pos) { container = candidates[j]; containerIndex = j; }
            if (containerIndex < 0) container = AreaAfter(text, pos);
            if (container.Length == 0) continue;
            for (int c = 0; c < candidates[i].Length; c++)
            {
                var child = _g[candidates[i][c].Entry];
                for (int k = 0; k < container.Length; k++)
                {
                    var parent = _g[container[k].Entry];
                    double bonus = parent.IsCountry && parent.CountryId == child.CountryId && !child.IsCountry ? 0.7
                        : parent.IsAdmin1 && parent.Admin1Id == child.Admin1Id && !child.IsAdmin1 ? 1.0 : 0;
                    if (bonus == 0) continue;
                    scores[i][c] = Math.Max(scores[i][c], Prior(candidates[i], c) + bonus * _w.Containment);
                    if (containerIndex >= 0)
                        scores[containerIndex][k] = Math.Max(scores[containerIndex][k], Prior(container, k) + bonus * _w.Containment);
                }
            }
        }
    }

    /// <summary>Country or admin1 candidates of the one to three words at <paramref name="pos"/> ("La.", "New South Wales").</summary>
    Candidate[] AreaAfter(string text, int pos)
    {
        int end = pos;
        var best = Array.Empty<Candidate>();
        for (int words = 0; words < 3 && end < text.Length && char.IsUpper(text[end]); words++)
        {
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.')) end++;
            var found = lookup.Find(text.AsSpan(pos, end - pos)).Where(c => _g[c.Entry].IsCountry || _g[c.Entry].IsAdmin1).ToArray();
            if (found.Length > 0) best = found;
            if (end >= text.Length || text[end] != ' ') break;
            end++;
        }
        return best;
    }

    void AddDocumentContext(Candidate[][] candidates, double[][] scores, int[] picks, string[] surfaces)
    {
        int n = candidates.Length;
        var countryCount = new Dictionary<int, int>();
        var admin1Count = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            if (picks[i] < 0) continue;
            var p = _g[candidates[i][picks[i]].Entry];
            if (p.CountryId >= 0) countryCount[p.CountryId] = countryCount.GetValueOrDefault(p.CountryId) + 1;
            if (p.Admin1Id > 0) admin1Count[p.Admin1Id] = admin1Count.GetValueOrDefault(p.Admin1Id) + 1;
        }
        var context = new double[n][];
        for (int i = 0; i < n; i++)
        {
            context[i] = new double[candidates[i].Length];
            if (candidates[i].Length < 2) continue;
            // The mention's own pass-one reading does not count as its context.
            var own = picks[i] >= 0 ? _g[candidates[i][picks[i]].Entry] : default;
            int sameSurface = 0;
            for (int j = 0; j < n; j++) if (surfaces[j] == surfaces[i]) sameSurface++;
            int others = n - sameSurface;
            if (others == 0) continue;
            for (int c = 0; c < candidates[i].Length; c++)
            {
                var p = _g[candidates[i][c].Entry];
                int inCountry = p.CountryId >= 0 ? countryCount.GetValueOrDefault(p.CountryId) : 0;
                int inAdmin1 = p.Admin1Id > 0 ? admin1Count.GetValueOrDefault(p.Admin1Id) : 0;
                if (picks[i] >= 0 && own.CountryId == p.CountryId && p.CountryId >= 0) inCountry -= CountSame(picks, candidates, surfaces, i, q => q.CountryId == p.CountryId);
                if (picks[i] >= 0 && own.Admin1Id == p.Admin1Id && p.Admin1Id > 0) inAdmin1 -= CountSame(picks, candidates, surfaces, i, q => q.Admin1Id == p.Admin1Id);
                double s = _w.DocumentCountry * Math.Max(0, inCountry) / others + _w.DocumentAdmin1 * Math.Max(0, inAdmin1) / others;
                if (p.RadiusKm < _w.NearbyKm) s += _w.Nearby * NearbySupport(p.Point, i, candidates, surfaces) / Math.Max(1, others);
                context[i][c] = s;
            }
        }
        for (int i = 0; i < n; i++)
            for (int c = 0; c < scores[i].Length; c++) scores[i][c] += context[i][c];
    }

    int CountSame(int[] picks, Candidate[][] candidates, string[] surfaces, int i, Func<GazetteerPlace, bool> same)
    {
        int count = 0;
        for (int j = 0; j < picks.Length; j++)
            if (surfaces[j] == surfaces[i] && picks[j] >= 0 && same(_g[candidates[j][picks[j]].Entry])) count++;
        return count;
    }

    /// <summary>How many other mentions could be a point place near <paramref name="point"/> (any of their
    /// most prominent readings), so places named together pull one another to the same area.</summary>
    int NearbySupport(Geometry.GeoPoint point, int i, Candidate[][] candidates, string[] surfaces)
    {
        const int Readings = 10;
        double latSpan = _w.NearbyKm / 111.2, lonSpan = latSpan / Math.Max(0.1, Math.Cos(point.LatDeg * Math.PI / 180));
        int support = 0;
        for (int j = 0; j < candidates.Length; j++)
        {
            if (surfaces[j] == surfaces[i]) continue;
            var list = candidates[j];
            for (int c = 0; c < list.Length && c < Readings; c++)
            {
                int e = list[c].Entry;
                if (Math.Abs(_g.Lats[e] - point.LatDeg) <= latSpan && Math.Abs(_g.Lons[e] - point.LonDeg) <= lonSpan && !_g[e].IsCountry)
                {
                    support++;
                    break;
                }
            }
        }
        return support;
    }

    Resolution[] OneSensePerDiscourse(Candidate[][] candidates, double[][] scores, string[] surfaces)
    {
        var result = new Resolution[candidates.Length];
        var done = new bool[candidates.Length];
        for (int i = 0; i < candidates.Length; i++)
        {
            if (done[i]) continue;
            if (candidates[i].Length == 0) { result[i] = Resolution.None; continue; }
            var total = new double[candidates[i].Length];
            var group = new List<int>();
            for (int j = i; j < candidates.Length; j++)
            {
                if (surfaces[j] != surfaces[i] || !ReferenceEquals(candidates[j], candidates[i])) continue;
                group.Add(j);
                for (int c = 0; c < total.Length; c++) total[c] += scores[j][c];
            }
            for (int c = 0; c < total.Length; c++) total[c] /= group.Count;
            int best = ArgMax(total);
            double z = 0;
            foreach (var s in total) z += Math.Exp(s - total[best]);
            var resolution = new Resolution(candidates[i][best].Entry, 1 / z);
            foreach (int j in group) { result[j] = resolution; done[j] = true; }
        }
        return result;
    }

    static int ArgMax(double[] values)
    {
        int best = -1;
        for (int i = 0; i < values.Length; i++) if (best < 0 || values[i] > values[best]) best = i;
        return best;
    }
}
