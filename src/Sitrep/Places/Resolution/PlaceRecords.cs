using Sitrep.Documents;
using Sitrep.Places.Geometry;
using GazetteerIndex = Sitrep.Places.Gazetteer.Gazetteer;

namespace Sitrep.Places.Resolution;

/// <summary>Turns resolutions into the document's <see cref="Place"/> records.</summary>
internal static class PlaceRecords
{
    public static Place Create(string text, ToponymSpan span, Resolution resolution, GazetteerIndex g, double focusRadiusKm = 25)
    {
        var surface = text[span.StartChar..span.EndChar];
        if (!resolution.IsResolved) return new Place(span.StartChar, span.EndChar, surface);
        var p = g[resolution.Entry];
        if (resolution.InFocus)
            return Approximate(new Place(span.StartChar, span.EndChar, surface), new Place(0, 0, p.Name) { Country = p.Country?.Iso3 },
                p.Point, Math.Max(focusRadiusKm, p.RadiusKm), resolution.Confidence);
        int admin1 = g.Admin1Entry(p.Admin1Id);
        return new Place(span.StartChar, span.EndChar, surface)
        {
            GeonameId = p.GeonameId, Name = p.Name, Country = p.Country is { Iso3.Length: > 0 } c ? c.Iso3 : null,
            Admin1 = p.IsAdmin1 ? p.Name : admin1 >= 0 ? g[admin1].Name : null,
            Admin1Code = p.Admin1Code is { } code ? code[(code.IndexOf('.') + 1)..] : null,
            Lat = Math.Round(p.Point.LatDeg, 5), Lon = Math.Round(p.Point.LonDeg, 5), Feature = p.Feature,
            RadiusKm = p.RadiusKm > 0 ? p.RadiusKm : null, Confidence = Math.Round(resolution.Confidence, 3),
        };
    }

    public static GeoPoint? PointOf(Place place) => place is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null;

    static bool AnchorInsideAdmin1(Place anchor) =>
        anchor.Feature is not ("A.ADM1" or null) && !anchor.Feature.StartsWith("A.PCL", StringComparison.Ordinal);

    /// <summary>A place positioned relative to <paramref name="anchor"/>.</summary>
    public static Place Approximate(Place target, Place anchor, GeoPoint point, double radiusKm, double confidence) => target with
    {
        Lat = Math.Round(point.LatDeg, 5), Lon = Math.Round(point.LonDeg, 5), RadiusKm = Math.Round(radiusKm, 1),
        Approximate = true, Anchor = anchor.Text, Country = target.Country ?? anchor.Country,
        Admin1 = target.Admin1 ?? (AnchorInsideAdmin1(anchor) ? anchor.Admin1 : null),
        Admin1Code = target.Admin1Code ?? (AnchorInsideAdmin1(anchor) ? anchor.Admin1Code : null),
        Confidence = Math.Round(confidence, 3),
    };
}
