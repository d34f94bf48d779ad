namespace Sitrep.Places.Resolution;

/// <summary>Weights of the resolver's score (log-linear, hand-tuned on the tuning half of LGL and GeoWebNews).</summary>
public sealed record ResolverWeights
{
    public static ResolverWeights Default { get; } = new();

    public double Population { get; init; } = 1.0;
    public double Country { get; init; } = 3.0;
    public double Admin1 { get; init; } = 1.0;
    public double Region { get; init; } = 6.0;
    public double Capital { get; init; } = 2.0;
    public double SeatOfAdmin { get; init; } = 0.4;
    public double Admin2 { get; init; } = -0.5;
    public double AreaNamedLikeItsCity { get; init; } = -3.0;
    public double AlternateName { get; init; } = -0.7;
    public double Transliteration { get; init; } = -1.5;
    public double Demonym { get; init; } = -0.5;
    public double Containment { get; init; } = 6.0;
    public double DocumentCountry { get; init; } = 3.0;
    public double DocumentAdmin1 { get; init; } = 2.5;
    public double Nearby { get; init; } = 1.5;
    public double NearbyKm { get; init; } = 150;
}
