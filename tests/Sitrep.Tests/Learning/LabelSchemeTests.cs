using Sitrep.Learning;

namespace Sitrep.Tests.Learning;

public class LabelSchemeTests
{
    [Fact]
    public void Bio_allows_inside_only_after_the_same_type()
    {
        var bio = LabelScheme.Bio(types: 2);   // O, B-0, I-0, B-1, I-1
        Assert.Equal(5, bio.Count);
        Assert.False(bio.CanFollow(-1, 2));
        Assert.False(bio.CanFollow(0, 2));
        Assert.True(bio.CanFollow(1, 2));
        Assert.True(bio.CanFollow(2, 2));
        Assert.False(bio.CanFollow(1, 4));
        Assert.True(bio.CanFollow(2, 3));
        Assert.True(bio.CanEnd(1) && bio.CanEnd(2));
    }

    [Fact]
    public void Bilou_closes_every_span_it_opens()
    {
        var bilou = LabelScheme.Bilou(types: 2);   // O, then B I L U of type 0, then of type 1
        int b0 = 1, i0 = 2, l0 = 3, u0 = 4, b1 = 5;
        Assert.True(bilou.CanFollow(-1, b0) && bilou.CanFollow(-1, u0) && bilou.CanFollow(-1, 0));
        Assert.False(bilou.CanFollow(-1, i0) || bilou.CanFollow(-1, l0));
        Assert.False(bilou.CanFollow(b0, 0) || bilou.CanFollow(b0, b1));
        Assert.True(bilou.CanFollow(b0, i0) && bilou.CanFollow(i0, l0) && bilou.CanFollow(l0, b1));
        Assert.False(bilou.CanEnd(b0) || bilou.CanEnd(i0));
        Assert.True(bilou.CanEnd(l0) && bilou.CanEnd(u0) && bilou.CanEnd(0));
    }

    [Fact]
    public void Greedy_decoding_skips_labels_the_scheme_forbids()
    {
        var bio = LabelScheme.Bio(types: 1);
        float[] scores = [0, 1, 5];   // I-0 scores best but cannot start a sequence
        Assert.Equal(1, GreedyDecoder.Best(scores, bio, previous: -1, last: false));
        Assert.Equal(2, GreedyDecoder.Best(scores, bio, previous: 1, last: false));
    }
}
