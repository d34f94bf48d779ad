using Sitrep.Learning;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Learning;

public class BestEpochTests
{
    [Fact]
    public void Keeps_the_first_epoch_with_the_highest_score()
    {
        var best = new BestEpoch<string>();
        Assert.True(best.Offer(1, 0.5, "one"));
        Assert.True(best.Offer(2, 0.7, "two"));
        Assert.False(best.Offer(3, 0.7, "three"));
        Assert.False(best.Offer(4, 0.6, "four"));
        Assert.Equal(("two", 2, 0.7), (best.Model, best.Epoch, best.Score));
    }
}
