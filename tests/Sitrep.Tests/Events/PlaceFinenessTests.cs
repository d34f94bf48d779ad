using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

public sealed class PlaceFinenessTests
{
    static EventPlace Town => new("Mosul", 99072, 36.3, 43.1, false, null) { Feature = "P.PPLA" };
    static EventPlace Country => new("Iraq", 99237, 33.0, 44.0, false, null) { Feature = "A.PCLI" };

    [Fact]
    public void An_offset_from_a_town_is_as_fine_as_the_town()
    {
        var offset = new EventPlace("al-Shurah", null, 35.9, 43.1, true, 11.2);
        Assert.Equal(EventMerger.Fineness(Town), EventMerger.Fineness(offset));
        Assert.True(EventMerger.Fineness(offset) > EventMerger.Fineness(Country));
    }

    [Fact]
    public void A_wide_place_without_a_feature_is_coarse()
    {
        var wide = new EventPlace("northern Iraq", null, 35.5, 43.5, true, 300);
        Assert.True(EventMerger.Fineness(wide) < EventMerger.Fineness(Town));
        Assert.Equal(0, EventMerger.Fineness(new EventPlace("somewhere", null, null, null, true, null)));
    }
}
