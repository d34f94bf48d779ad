using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Places.Geometry;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Scores coded events against hand-coded gold events, article by article (the rule in full: docs/events.md).
/// <list type="bullet">
/// <item>A gold event is found by a coded event of the same PLOVER type whose place fits (within 25 km of a point;
///   same admin-1 area, GeoNames id or within 25 km for an admin-1 region; same country for a country) and whose date
///   lies inside the gold date at the gold precision. A gold event with no place, or no date, skips that test.</item>
/// <item>Gold and coded events pair one to one (maximum matching), so a duplicate of a found event does not count
///   as a second hit.</item>
/// <item>Precision counts every paired coded event as right and every unpaired occurred/ongoing one as wrong; coded
///   events of other statuses cost nothing unless they pair.</item>
/// <item>Field accuracies are over pairs: actor/recipient (over gold events with some) when a coded participant's text
///   overlaps a gold one's or has its country (and sector, when both give one); status equal; dead (over pairs where
///   either side has a count) when the coded best lies in the gold range; source (over gold events with one) when the
///   coded source text overlaps the gold speaker's, or for the outlet when the coded source is the outlet.</item>
/// </list>
/// </summary>
internal sealed partial class E2eScorer
{
    public const double PointRadiusKm = 25;

    int _articles, _gold, _goldFacts, _found, _foundFacts, _typeFound, _predictedFacts, _pairedNonFacts;
    readonly Ratio _actor = new(), _recipient = new(), _status = new(), _dead = new(), _source = new();

    /// <summary>Scores one article; describes misses and spurious events on <paramref name="errors"/> when given.</summary>
    public void Add(E2eArticle gold, string text, IReadOnlyList<E2ePredictedEvent> predicted, TextWriter? errors = null)
    {
        _articles++;
        var pairs = Pair(gold.Events, predicted);
        for (int g = 0; g < gold.Events.Count; g++)
        {
            var ge = gold.Events[g];
            bool fact = ge.Status is EventStatus.Occurred or EventStatus.Ongoing;
            _gold++;
            if (fact) _goldFacts++;
            if (predicted.Any(p => p.Type == ge.Type)) _typeFound++;
            if (pairs[g] is not { } pi)
            {
                errors?.WriteLine($"{gold.Id}\tmissed ({MissReason(ge, predicted)})\t{Describe(ge, text)}");
                continue;
            }
            _found++;
            if (fact) _foundFacts++;
            var p = predicted[pi];
            if (!p.IsFact) _pairedNonFacts++;
            if (ge.Actors.Count > 0) _actor.Add(ParticipantsMatch(ge.Actors, p.Actors, text));
            if (ge.Recipients.Count > 0) _recipient.Add(ParticipantsMatch(ge.Recipients, p.Recipients, text));
            _status.Add(p.Status == ge.Status);
            if (ge.Dead != null || p.Dead != null) _dead.Add(ge.Dead != null && p.Dead is { } d && ge.Dead.Admits(d));
            if (ge.Source != null) _source.Add(SourceMatches(ge.Source, p, text));
        }
        var paired = pairs.Where(x => x != null).Select(x => x!.Value).ToHashSet();
        for (int i = 0; i < predicted.Count; i++)
        {
            if (!predicted[i].IsFact) continue;
            _predictedFacts++;
            if (!paired.Contains(i)) errors?.WriteLine($"{gold.Id}\tspurious\t{Describe(predicted[i])}");
        }
    }

    public Dictionary<string, object?> Scores()
    {
        // Paired coded events of other statuses are right answers too: they join the denominator.
        int predictedScored = _predictedFacts + _pairedNonFacts;
        double precision = predictedScored == 0 ? 0 : (double)_found / predictedScored;
        double recall = _gold == 0 ? 0 : (double)_found / _gold;
        return new Dictionary<string, object?>
        {
            ["e2e_precision"] = precision,
            ["e2e_recall"] = recall,
            ["e2e_f1"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            ["e2e_recall_facts"] = _goldFacts == 0 ? 0 : (double)_foundFacts / _goldFacts,
            ["e2e_type_recall"] = _gold == 0 ? 0 : (double)_typeFound / _gold,
            ["actor_accuracy"] = _actor.Value,
            ["recipient_accuracy"] = _recipient.Value,
            ["status_accuracy"] = _status.Value,
            ["dead_accuracy"] = _dead.Value,
            ["source_accuracy"] = _source.Value,
            ["records"] = _articles,
            ["gold_events"] = _gold,
            ["predicted_events"] = predictedScored,
            ["found_events"] = _found,
            ["actor_events"] = _actor.Total,
            ["recipient_events"] = _recipient.Total,
            ["dead_events"] = _dead.Total,
            ["source_events"] = _source.Total,
        };
    }

    /// <summary>Maximum one-to-one pairing (augmenting paths; articles hold a few dozen events at most).</summary>
    static int?[] Pair(List<E2eGoldEvent> gold, IReadOnlyList<E2ePredictedEvent> predicted)
    {
        var fits = gold.Select(g => Enumerable.Range(0, predicted.Count).Where(i => Fits(g, predicted[i]))
            .OrderBy(i => predicted[i].Status == g.Status ? 0 : 1).ToArray()).ToArray();
        var owner = new int?[predicted.Count];
        for (int g = 0; g < gold.Count; g++) Augment(g, fits, owner, new bool[predicted.Count]);
        var pairs = new int?[gold.Count];
        for (int p = 0; p < owner.Length; p++)
            if (owner[p] is { } g) pairs[g] = p;
        return pairs;
    }

    static bool Augment(int g, int[][] fits, int?[] owner, bool[] seen)
    {
        foreach (var p in fits[g])
        {
            if (seen[p]) continue;
            seen[p] = true;
            if (owner[p] is not { } other || Augment(other, fits, owner, seen))
            {
                owner[p] = g;
                return true;
            }
        }
        return false;
    }

    /// <summary>Why no coded event found the gold one: no event of its type, or the nearest miss's place or date.</summary>
    static string MissReason(E2eGoldEvent gold, IReadOnlyList<E2ePredictedEvent> predicted)
    {
        var sameType = predicted.Where(p => p.Type == gold.Type).ToList();
        if (sameType.Count == 0) return "no " + gold.Type;
        if (sameType.Any(p => Fits(gold, p))) return "fitting event paired elsewhere";
        bool place = sameType.Any(p => PlaceFits(gold.Place, p)), date = sameType.Any(p => DateFits(gold.Date, p));
        return (place, date) switch { (false, false) => "place and date", (false, true) => "place", (true, false) => "date", _ => "place or date" };
    }

    public static bool Fits(E2eGoldEvent gold, E2ePredictedEvent p) => p.Type == gold.Type && PlaceFits(gold.Place, p) && DateFits(gold.Date, p);

    static bool PlaceFits(E2eGoldPlace? gold, E2ePredictedEvent p)
    {
        if (gold is null) return true;
        if (gold.GeonameId is { } id && p.GeonameId == id) return true;
        bool near = p.Lat is { } lat && p.Lon is { } lon && new GeoPoint(gold.Lat, gold.Lon).DistanceKm(new GeoPoint(lat, lon)) <= PointRadiusKm;
        return gold.Level switch
        {
            E2eGoldPlace.Country => p.Country != null && p.Country == gold.CountryCode,
            E2eGoldPlace.Admin1 => near || (p.Admin1 != null && string.Equals(p.Admin1, gold.Admin1Name, StringComparison.OrdinalIgnoreCase)
                && (gold.CountryCode is null || p.Country is null || p.Country == gold.CountryCode)),
            _ => near,
        };
    }

    /// <summary>The coded date lies inside the gold one: "2017-11-26" fits gold "2017-11" (month) but "2017-11" does not fit gold "2017-11-26".</summary>
    static bool DateFits(E2eGoldDate? gold, E2ePredictedEvent p) =>
        gold is null || (p.DateValue is { } value && value.StartsWith(gold.Value, StringComparison.Ordinal));

    static bool ParticipantsMatch(List<E2eGoldParticipant> gold, List<(string Text, string? Country, string? Sector)> coded, string text) =>
        coded.Any(c => gold.Any(g => Overlaps(c.Text, Slice(text, g.Span))
            || (c.Country != null && c.Country == g.Country && (c.Sector is null || g.Sector is null || c.Sector == g.Sector))));

    static bool SourceMatches(E2eGoldSource gold, E2ePredictedEvent p, string text) => gold.Kind == E2eGoldSource.Speaker
        ? gold.Span is { } span && Overlaps(p.SourceText, Slice(text, span))
        : p.SourceKind == E2eGoldSource.Outlet || Overlaps(p.SourceText, gold.Name);

    /// <summary>
    /// The shorter text's words occur, in order and adjacent, among the longer one's, ignoring case and punctuation
    /// (a coded "Sudanese army" for gold "army"; "he" does not match "the army").
    /// </summary>
    static bool Overlaps(string? a, string? b)
    {
        if (a is null || b is null) return false;
        string[] x = Words(a), y = Words(b);
        if (x.Length == 0 || y.Length == 0) return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        for (int i = 0; i + shorter.Length <= longer.Length; i++)
            if (shorter.AsSpan().SequenceEqual(longer.AsSpan(i, shorter.Length))) return true;
        return false;
    }

    static string[] Words(string s) =>
        [.. WordPattern().Matches(s).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    static string Slice(string text, E2eSpan span) => span.Start >= 0 && span.End <= text.Length && span.Start < span.End ? text[span.Start..span.End] : "";

    static string Describe(E2eGoldEvent g, string text) =>
        $"{g.Type}/{g.Status} [{string.Join(", ", g.Actors.Select(a => Slice(text, a.Span)))}] -> [{string.Join(", ", g.Recipients.Select(a => Slice(text, a.Span)))}]"
        + $" at {g.Place?.Name ?? "-"} on {g.Date?.Value ?? "-"}" + (g.Evidence.Count > 0 ? $"\t{Slice(text, g.Evidence[0])}" : "");

    static string Describe(E2ePredictedEvent p) =>
        $"{p.Type}/{p.Status} [{string.Join(", ", p.Actors.Select(a => a.Text))}] -> [{string.Join(", ", p.Recipients.Select(a => a.Text))}]"
        + $" at {(p.Lat is null ? "-" : $"{p.Lat:F2},{p.Lon:F2} {p.Admin1} {p.Country}")} on {p.DateValue ?? "-"}"
        + (p.Trigger is null ? "" : $" «{p.Trigger}»") + (p.Sentence is null ? "" : $"\t{p.Sentence.ReplaceLineEndings(" ")}");

    sealed class Ratio
    {
        public int Right, Total;
        public void Add(bool right)
        {
            Total++;
            if (right) Right++;
        }
        public double Value => Total == 0 ? 0 : (double)Right / Total;
    }
}
