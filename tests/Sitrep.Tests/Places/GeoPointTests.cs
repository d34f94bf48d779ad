using Sitrep.Places.Geometry;

namespace Sitrep.Tests.Places;

public class GeoPointTests
{
    [Fact]
    public void Destination_due_north_moves_latitude_by_distance_over_radius()
    {
        var start = new GeoPoint(36.0, 43.0);
        var north = start.Destination(0, 111.19508);
        // 111.19508 km on a 6371.0088 km sphere is 1.0000 degree of arc.
        Assert.Equal(37.0, north.LatDeg, 4);
        Assert.Equal(43.0, north.LonDeg, 9);
    }

    [Fact]
    public void Destination_45_km_south_then_distance_back_is_45_km()
    {
        var mosul = new GeoPoint(36.335, 43.11889);
        var south = mosul.Destination(180, 45);
        Assert.Equal(35.93031, south.LatDeg, 5);
        Assert.Equal(43.11889, south.LonDeg, 5);
        Assert.Equal(45, mosul.DistanceKm(south), 6);
    }

    [Fact]
    public void Destination_due_east_on_the_equator_changes_longitude_only()
    {
        var p = new GeoPoint(0, 10).Destination(90, 111.19508);
        Assert.Equal(0, p.LatDeg, 9);
        Assert.Equal(11.0, p.LonDeg, 4);
    }

    [Fact]
    public void Haversine_distance_between_known_points()
    {
        // London to Paris, GeoNames points: about 343.9 km on the mean-radius sphere.
        var london = new GeoPoint(51.50853, -0.12574);
        var paris = new GeoPoint(48.85341, 2.3488);
        Assert.InRange(london.DistanceKm(paris), 343.0, 345.0);
        Assert.Equal(0, london.DistanceKm(london), 9);
    }

    [Fact]
    public void Destination_wraps_across_the_antimeridian()
    {
        var p = new GeoPoint(0, 179.5).Destination(90, 111.19508);
        Assert.Equal(-179.5, p.LonDeg, 4);
    }
}
