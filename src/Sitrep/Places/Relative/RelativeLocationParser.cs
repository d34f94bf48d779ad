using System.Globalization;
using Sitrep.Documents;
using Sitrep.Places.Geometry;
using Sitrep.Places.Resolution;

namespace Sitrep.Places.Relative;

/// <summary>
/// Places given relative to another: "45 kms south of Mosul", "five miles from the edge of Mosul",
/// "northern Iraq", "near the Syrian border", "the outskirts of Mosul". Each becomes an approximate
/// point with an uncertainty radius and the anchor's text. A name right before such a phrase ("the
/// area of al-Shurah, some 45 kms south of Mosul") takes the offset point when the gazetteer has no
/// better one.
/// </summary>
internal sealed class RelativeLocationParser(CandidateLookup lookup)
{
    static readonly Dictionary<string, double> Bearings = Table("directions.txt");
    static readonly Dictionary<string, double> UnitsKm = Table("distance-units.txt");
    static readonly Dictionary<string, double> NumberWords = Table("number-words.txt");

    /// <summary>Share of the anchor's radius that "northern X" covers, and how far its centre moves.</summary>
    const double PartOfArea = 0.5;
    /// <summary>Uncertainty of a stated distance, as a share of it; at least <see cref="MinRadiusKm"/>.</summary>
    const double DistanceUncertainty = 0.25, MinRadiusKm = 5, BorderRadiusKm = 100, OutskirtsRadiusKm = 15;

    public void Apply(Doc doc, List<Place> places)
    {
        var byStartToken = new Dictionary<int, int>();
        for (int p = 0; p < places.Count; p++) byStartToken.TryAdd(doc.TokenAtOrAfter(places[p].StartChar), p);
        var added = new List<Place>();
        for (int i = 0; i < doc.Count; i++)
        {
            if (Distance(doc, i) is { } km) i = OffsetPhrase(doc, places, byStartToken, added, i, km);
            else if (Bearings.TryGetValue(Lower(doc, i), out double bearing) && Lower(doc, i).EndsWith("ern", StringComparison.Ordinal))
                PartOfRegion(doc, places, byStartToken, added, i, bearing);
            else if (Lower(doc, i) is "near" or "along" && i + 3 < doc.Count && Lower(doc, i + 1) == "the")
                Border(doc, places, added, i);
            else if (Lower(doc, i) is "outskirts" or "edge" or "outside")
                Outskirts(doc, places, byStartToken, added, i);
        }
        places.AddRange(added);
        places.Sort((a, b) => a.StartChar != b.StartChar ? a.StartChar.CompareTo(b.StartChar) : b.EndChar.CompareTo(a.EndChar));
    }

    /// <summary>"N km [direction] of|from [the edge of] ANCHOR".</summary>
    /// <returns>The last token of the phrase read, or <paramref name="i"/>.</returns>
    int OffsetPhrase(Doc doc, List<Place> places, Dictionary<int, int> byStart, List<Place> added, int i, double km)
    {
        int k = i + 2;
        double? bearing = null;
        if (k + 1 < doc.Count && Bearings.TryGetValue(Lower(doc, k), out double b) && Lower(doc, k + 1) == "of") { bearing = b; k += 2; }
        else if (k < doc.Count && Lower(doc, k) == "from") k++;
        else return i;
        k = SkipWords(doc, k, "the", "edge", "outskirts", "centre", "center", "city", "town", "of");
        if (!byStart.TryGetValue(k, out int a) || PlaceRecords.PointOf(places[a]) is not { } anchorPoint) return i;
        var anchor = places[a];
        var point = bearing is { } deg ? anchorPoint.Destination(deg, km) : anchorPoint;
        double radius = bearing is null ? km + OutskirtsRadiusKm : Math.Max(MinRadiusKm, km * DistanceUncertainty);
        // "NAME, some 45 kms south of ANCHOR": the name takes the point unless the gazetteer put it nearby.
        int before = SkipBackWords(doc, i - 1, "some", "about", "around", "approximately", "roughly", "nearly", "almost");
        if (before >= 1 && Lower(doc, before) == ",")
        {
            int target = places.FindIndex(p => p.EndChar == doc.TokenEnds[before - 1] && p.StartChar != anchor.StartChar);
            if (target >= 0 && (places[target].Approximate || PlaceRecords.PointOf(places[target]) is not { } known || known.DistanceKm(point) > Math.Max(50, 2 * km)))
            {
                places[target] = PlaceRecords.Approximate(places[target] with { GeonameId = null, Name = null, Feature = null }, anchor, point, radius, 0.6);
                return k;
            }
            if (target >= 0) return k;
        }
        int start = doc.TokenStarts[before + 1];
        added.Add(PlaceRecords.Approximate(new Place(start, anchor.EndChar, doc.Text[start..anchor.EndChar]), anchor, point, radius, 0.6));
        return k;
    }

    /// <summary>"northern Iraq": the part of an area on that side.</summary>
    void PartOfRegion(Doc doc, List<Place> places, Dictionary<int, int> byStart, List<Place> added, int i, double bearing)
    {
        if (!byStart.TryGetValue(i + 1, out int a) || places[a] is not { RadiusKm: { } radius } anchor || PlaceRecords.PointOf(anchor) is not { } center) return;
        var point = center.Destination(bearing, radius * PartOfArea);
        int start = doc.TokenStarts[i];
        var region = new Place(start, anchor.EndChar, doc.Text[start..anchor.EndChar]) { Feature = "L.RGN", Admin1 = anchor.Feature == "A.ADM1" ? anchor.Name : null };
        added.Add(PlaceRecords.Approximate(region, anchor, point, radius * PartOfArea, anchor.Confidence * 0.9));
    }

    /// <summary>"near the Syrian border": between that country and another one the document names, else the country itself.</summary>
    void Border(Doc doc, List<Place> places, List<Place> added, int i)
    {
        int k = i + 2, end = k;
        while (end < doc.Count && end < k + 3 && Lower(doc, end) != "border") end++;
        if (end >= doc.Count || end == k || Lower(doc, end) != "border") return;
        var name = doc.Text.AsSpan(doc.TokenStarts[k], doc.TokenEnds[end - 1] - doc.TokenStarts[k]);
        var g = lookup.Gazetteer;
        int entry = -1;
        foreach (var c in lookup.Find(name))
            if (g[c.Entry].IsCountry) { entry = c.Entry; break; }
        if (entry < 0) return;
        var country = g[entry];
        var anchor = PlaceRecords.Create(doc.Text, new ToponymSpan(doc.TokenStarts[k], doc.TokenEnds[end - 1]), new Resolution.Resolution(country.Entry, 0.8), g);
        var other = places.Where(p => p.Feature is { } f && f.StartsWith("A.PCL", StringComparison.Ordinal) && p.Country != anchor.Country)
            .Select(PlaceRecords.PointOf).FirstOrDefault(p => p != null);
        var here = country.Point;
        var point = other is { } o ? new GeoPoint((here.LatDeg + o.LatDeg) / 2, (here.LonDeg + o.LonDeg) / 2) : here;
        double radius = other is null ? country.RadiusKm : BorderRadiusKm;
        int start = doc.TokenStarts[i + 1], stop = doc.TokenEnds[end];
        added.Add(PlaceRecords.Approximate(new Place(start, stop, doc.Text[start..stop]), anchor, point, radius, 0.5));
    }

    /// <summary>"the outskirts of Mosul", "outside Mosul": the anchor's point, widened.</summary>
    void Outskirts(Doc doc, List<Place> places, Dictionary<int, int> byStart, List<Place> added, int i)
    {
        int k = SkipWords(doc, i + 1, "of", "the");
        if (!byStart.TryGetValue(k, out int a) || PlaceRecords.PointOf(places[a]) is not { } point || places[a].RadiusKm > OutskirtsRadiusKm) return;
        int start = doc.TokenStarts[i > 0 && Lower(doc, i - 1) == "the" ? i - 1 : i];
        var anchor = places[a];
        added.Add(PlaceRecords.Approximate(new Place(start, anchor.EndChar, doc.Text[start..anchor.EndChar]), anchor, point, OutskirtsRadiusKm, anchor.Confidence * 0.9));
    }

    /// <summary>The distance in km stated at token i ("45 kms", "five miles"), or null.</summary>
    static double? Distance(Doc doc, int i)
    {
        if (i + 1 >= doc.Count || !UnitsKm.TryGetValue(Lower(doc, i + 1), out double unit)) return null;
        var t = Lower(doc, i);
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || NumberWords.TryGetValue(t, out n)) return n * unit;
        return null;
    }

    static int SkipWords(Doc doc, int k, params string[] words)
    {
        while (k < doc.Count && words.Contains(Lower(doc, k))) k++;
        return k;
    }

    static int SkipBackWords(Doc doc, int k, params string[] words)
    {
        while (k >= 0 && words.Contains(Lower(doc, k))) k--;
        return k;
    }

    static string Lower(Doc doc, int i) => doc.Text[doc.TokenStarts[i]..doc.TokenEnds[i]].ToLowerInvariant();

    static Dictionary<string, double> Table(string file) =>
        EnglishData.Lines(file).Select(l => l.Split('\t')).ToDictionary(c => c[0], c => double.Parse(c[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
