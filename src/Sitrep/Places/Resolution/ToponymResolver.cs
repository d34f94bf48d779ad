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
internal sealed class ToponymResolver(CandidateLookup lookup, ResolverWeights? weights = null)
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
            NameMatch.WithoutHead => _w.WithoutHead,
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
        var group = GroupBySurface(surfaces);
        var countryCount = new Dictionary<int, int>();
        var admin1Count = new Dictionary<int, int>();
        // Per surface form, how many of its own mentions picked each country and admin1 in pass one:
        // a mention's own reading is not its context.
        var ownCountry = new Dictionary<(int Group, int Country), int>();
        var ownAdmin1 = new Dictionary<(int Group, int Admin1), int>();
        var groupSize = new int[n];
        for (int i = 0; i < n; i++)
        {
            groupSize[group[i]]++;
            if (picks[i] < 0) continue;
            var p = _g[candidates[i][picks[i]].Entry];
            if (p.CountryId >= 0) { Increment(countryCount, p.CountryId); Increment(ownCountry, (group[i], p.CountryId)); }
            if (p.Admin1Id > 0) { Increment(admin1Count, p.Admin1Id); Increment(ownAdmin1, (group[i], p.Admin1Id)); }
        }
        var readings = NearbyReadings(candidates);
        for (int i = 0; i < n; i++)
        {
            int others = n - groupSize[group[i]];
            if (candidates[i].Length < 2 || others == 0) continue;
            for (int c = 0; c < candidates[i].Length; c++)
            {
                var p = _g[candidates[i][c].Entry];
                int inCountry = p.CountryId >= 0 ? countryCount.GetValueOrDefault(p.CountryId) - ownCountry.GetValueOrDefault((group[i], p.CountryId)) : 0;
                int inAdmin1 = p.Admin1Id > 0 ? admin1Count.GetValueOrDefault(p.Admin1Id) - ownAdmin1.GetValueOrDefault((group[i], p.Admin1Id)) : 0;
                double s = (_w.DocumentCountry * inCountry + _w.DocumentAdmin1 * inAdmin1) / others;
                if (p.RadiusKm < _w.NearbyKm) s += _w.Nearby * NearbySupport(p.Point, group[i], group, readings) / others;
                scores[i][c] += s;
            }
        }
    }

    static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    static int[] GroupBySurface(string[] surfaces)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var group = new int[surfaces.Length];
        for (int i = 0; i < surfaces.Length; i++)
            if (!ids.TryGetValue(surfaces[i], out group[i])) ids[surfaces[i]] = group[i] = ids.Count;
        return group;
    }

    /// <summary>Points of each mention's most prominent readings other than countries, as flat (lat, lon) pairs.</summary>
    float[][] NearbyReadings(Candidate[][] candidates)
    {
        const int Readings = 10;
        var result = new float[candidates.Length][];
        for (int j = 0; j < candidates.Length; j++)
        {
            var points = new List<float>(2 * Readings);
            for (int c = 0; c < candidates[j].Length && points.Count < 2 * Readings; c++)
            {
                int e = candidates[j][c].Entry;
                if (!_g[e].IsCountry) { points.Add(_g.Lats[e]); points.Add(_g.Lons[e]); }
            }
            result[j] = [.. points];
        }
        return result;
    }

    /// <summary>How many mentions of other surface forms could be a place near <paramref name="point"/>, so
    /// places named together pull one another to the same area (a box test: cheap, and exact enough here).</summary>
    int NearbySupport(Geometry.GeoPoint point, int ownGroup, int[] group, float[][] readings)
    {
        double latSpan = _w.NearbyKm / 111.2, lonSpan = latSpan / Math.Max(0.1, Math.Cos(point.LatDeg * Math.PI / 180));
        int support = 0;
        for (int j = 0; j < readings.Length; j++)
        {
            if (group[j] == ownGroup) continue;
            var r = readings[j];
            for (int k = 0; k < r.Length; k += 2)
                if (Math.Abs(r[k] - point.LatDeg) <= latSpan && Math.Abs(r[k + 1] - point.LonDeg) <= lonSpan) { support++; break; }
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
