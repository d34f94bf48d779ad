using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Places.Gazetteer;
using Sitrep.Places.Recognition;
using Sitrep.Places.Relative;
using Sitrep.Places.Resolution;

namespace Sitrep.Places;

/// <summary>
/// Fills <see cref="Doc.Places"/>: finds toponyms (from NER entities when present, else from the
/// gazetteer), resolves them, then reads relative locations. A toponym the gazetteer lacks is kept
/// unresolved.
/// </summary>
internal sealed class PlacesStage(CandidateLookup lookup) : IStage
{
    readonly ToponymRecognizer _recognizer = new(lookup);
    readonly ToponymResolver _resolver = new(lookup);
    readonly RelativeLocationParser _relative = new(lookup);

    public string Name => "places";
    public IReadOnlyList<string> Requires => [Layers.Tokens];
    public IReadOnlyList<string> Assigns => [Layers.Places];

    /// <summary>The stage over the context's gazetteer, or null when none can be loaded or built (said in the log).</summary>
    public static PlacesStage? TryCreate(StageContext context) =>
        GazetteerStore.For(context).Gazetteer is { } g ? new PlacesStage(new CandidateLookup(g)) : null;

    public void Process(Doc doc)
    {
        var spans = _recognizer.Find(doc);
        var resolutions = _resolver.Resolve(doc.Text, spans);
        var places = new List<Place>(spans.Count);
        for (int i = 0; i < spans.Count; i++) places.Add(PlaceRecords.Create(doc.Text, spans[i], resolutions[i], lookup.Gazetteer, ResolverWeights.Default.FocusRadiusKm));
        _relative.Apply(doc, places);
        doc.Places.Clear();
        doc.Places.AddRange(places);
    }
}
