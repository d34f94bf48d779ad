namespace Sitrep.Places.Geometry;

/// <summary>
/// A point on the WGS84 sphere approximation, in decimal degrees. The default value is (0, 0),
/// "Null Island", which is a valid point; absence is expressed with <c>GeoPoint?</c>.
/// </summary>
internal readonly record struct GeoPoint(double LatDeg, double LonDeg)
{
    /// <summary>Mean Earth radius used by the haversine formula (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Half the Earth's circumference: the largest possible great-circle error.</summary>
    public const double MaxDistanceKm = Math.PI * EarthRadiusKm;

    public const double KmPerMile = 1.609344;

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public double DistanceKm(GeoPoint other)
    {
        double lat1 = ToRad(LatDeg), lat2 = ToRad(other.LatDeg);
        double dLat = lat2 - lat1, dLon = ToRad(other.LonDeg - LonDeg);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                   Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The point reached travelling <paramref name="distanceKm"/> along a great circle
    /// that starts at this point with initial bearing <paramref name="bearingDeg"/> (0 north, 90 east).</summary>
    public GeoPoint Destination(double bearingDeg, double distanceKm)
    {
        double delta = distanceKm / EarthRadiusKm, theta = ToRad(bearingDeg);
        double lat1 = ToRad(LatDeg), lon1 = ToRad(LonDeg);
        double sinLat2 = Math.Sin(lat1) * Math.Cos(delta) + Math.Cos(lat1) * Math.Sin(delta) * Math.Cos(theta);
        double lat2 = Math.Asin(Math.Clamp(sinLat2, -1, 1));
        double lon2 = lon1 + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(lat1),
                                        Math.Cos(delta) - Math.Sin(lat1) * sinLat2);
        double lonDeg = (ToDeg(lon2) + 540) % 360 - 180;
        return new GeoPoint(ToDeg(lat2), lonDeg);
    }

    public bool IsValid => LatDeg is >= -90 and <= 90 && LonDeg is >= -180 and <= 180 && !double.IsNaN(LatDeg) && !double.IsNaN(LonDeg);

    public override string ToString() => FormattableString.Invariant($"({LatDeg:F5}, {LonDeg:F5})");

    static double ToRad(double deg) => deg * (Math.PI / 180);
    static double ToDeg(double rad) => rad * (180 / Math.PI);
}
