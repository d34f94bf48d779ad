namespace Sitrep.Places.Resolution;

/// <summary>Weights of the resolver's score (log-linear, hand-tuned on the tuning half of LGL and GeoWebNews).</summary>
internal sealed record ResolverWeights
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
    public double WithoutHead { get; init; } = -1.0;
    public double Containment { get; init; } = 6.0;
    public double DocumentCountry { get; init; } = 4.5;
    public double DocumentAdmin1 { get; init; } = 4.0;
    public double Nearby { get; init; } = 4.0;
    public double NearbyKm { get; init; } = 150;
    /// <summary>Unknown names fall back to the document's focus place when it is no larger than this.</summary>
    public double FocusMaxRadiusKm { get; init; } = 100;
    public double FocusConfidence { get; init; } = 0.3;
    /// <summary>Uncertainty radius given to an unknown name placed at the focus.</summary>
    public double FocusRadiusKm { get; init; } = 25;
}
