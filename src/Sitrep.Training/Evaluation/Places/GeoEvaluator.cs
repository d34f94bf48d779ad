using Sitrep.Documents;
using Sitrep.Places.Geometry;
using Sitrep.Places.Resolution;
using Sitrep.Evaluation;

namespace Sitrep.Evaluation.Places;

/// <summary>Which documents of a gold file to score: all, the tuning half (even positions) or the held-apart half (odd).</summary>
internal enum GeoPart { All, Tune, Test }

/// <summary>
/// Scores toponym resolution as Gritta et al. do: great-circle error per gold toponym with a point
/// (unresolved ones count as the largest possible error), accuracy within 161 km, mean and median
/// error, and the area under the curve of log(1 + error) normalised by log(max error).
/// End to end, recognition is scored by exact span match and the distance metrics use the matched spans.
/// </summary>
internal static class GeoEvaluator
{
    public static IEnumerable<GoldGeoDocument> Select(IReadOnlyList<GoldGeoDocument> docs, GeoPart part) =>
        docs.Where((_, i) => part == GeoPart.All || (i % 2 == 0) == (part == GeoPart.Tune));

    /// <summary>Resolution of the gold spans only.</summary>
    public static Dictionary<string, object?> GoldSpans(IEnumerable<GoldGeoDocument> docs, ToponymResolver resolver, TextWriter? misses = null)
    {
        var errors = new List<double>();
        int resolved = 0, toponyms = 0;
        var g = resolver.Lookup.Gazetteer;
        foreach (var doc in docs)
        {
            var spans = doc.Toponyms.Select(t => new ToponymSpan(t.StartChar, t.EndChar)).ToList();
            var result = resolver.Resolve(doc.Text, spans);
            for (int i = 0; i < spans.Count; i++)
            {
                if (doc.Toponyms[i].Point is not { } gold) continue;
                toponyms++;
                if (!result[i].IsResolved)
                {
                    errors.Add(GeoPoint.MaxDistanceKm);
                    misses?.WriteLine($"{doc.Text[spans[i].StartChar..spans[i].EndChar]}\tunresolved\t\tgold {gold}");
                    continue;
                }
                resolved++;
                var chosen = g[result[i].Entry];
                double km = chosen.Point.DistanceKm(gold);
                errors.Add(km);
                if (km > 161)
                    misses?.WriteLine(FormattableString.Invariant(
                        $"{doc.Text[spans[i].StartChar..spans[i].EndChar]}\t{km:F0} km\tchose {chosen.Name} {chosen.Feature} {chosen.Country?.Iso3} {chosen.Admin1Code} {chosen.Point}\tgold {gold}"));
            }
        }
        var scores = DistanceScores(errors);
        scores["resolved"] = toponyms == 0 ? 0 : (double)resolved / toponyms;
        scores["toponyms"] = toponyms;
        return scores;
    }

    /// <summary>Recognition and resolution from raw text through <paramref name="analyse"/>.</summary>
    public static Dictionary<string, object?> EndToEnd(IEnumerable<GoldGeoDocument> docs, Func<string, IReadOnlyList<Place>> analyse)
    {
        var recognition = new PrfCounts();
        var errors = new List<double>();
        int matched = 0, resolved = 0;
        foreach (var doc in docs)
        {
            var places = analyse(doc.Text);
            var gold = doc.Toponyms.Where(t => t.Point != null).ToList();
            recognition.AddSets(gold.Select(t => new CharSpan(t.StartChar, t.EndChar)).ToList(),
                                places.Select(p => new CharSpan(p.StartChar, p.EndChar)).Distinct().ToList());
            var byspan = places.GroupBy(p => (p.StartChar, p.EndChar)).ToDictionary(g => g.Key, g => g.First());
            foreach (var t in gold)
            {
                if (!byspan.TryGetValue((t.StartChar, t.EndChar), out var p)) continue;
                matched++;
                if (p.Lat is { } lat && p.Lon is { } lon)
                {
                    resolved++;
                    errors.Add(new GeoPoint(lat, lon).DistanceKm(t.Point!.Value));
                }
                else errors.Add(GeoPoint.MaxDistanceKm);
            }
        }
        var scores = DistanceScores(errors);
        scores["resolved"] = matched == 0 ? 0 : (double)resolved / matched;
        scores["precision"] = recognition.Precision;
        scores["recall"] = recognition.Recall;
        scores["f1"] = recognition.F1;
        scores["toponyms"] = matched;
        return scores;
    }

    static Dictionary<string, object?> DistanceScores(List<double> errors)
    {
        errors.Sort();
        int n = errors.Count;
        double median = n == 0 ? 0 : n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
        return new Dictionary<string, object?>
        {
            ["acc161"] = n == 0 ? 0 : errors.Count(e => e <= 161) / (double)n,
            ["mean_km"] = n == 0 ? 0 : errors.Average(),
            ["median_km"] = median,
            ["auc"] = Auc(errors),
        };
    }

    /// <summary>Trapezoid area under sorted log(1 + error), scaled so 0 is perfect and 1 is every error maximal.</summary>
    static double Auc(List<double> sortedErrors)
    {
        if (sortedErrors.Count < 2) return sortedErrors.Count == 0 ? 0 : Math.Log(1 + sortedErrors[0]) / Math.Log(1 + GeoPoint.MaxDistanceKm);
        double area = 0;
        for (int i = 1; i < sortedErrors.Count; i++)
            area += (Math.Log(1 + sortedErrors[i - 1]) + Math.Log(1 + sortedErrors[i])) / 2;
        return area / ((sortedErrors.Count - 1) * Math.Log(1 + GeoPoint.MaxDistanceKm));
    }
}
