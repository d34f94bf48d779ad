using Sitrep.Ingest.Html;
using Sitrep.Evaluation.Ingest;

namespace Sitrep.Tests.Ingest;

public class ShingleOverlapTests
{
    [Fact]
    public void Identical_texts_score_one_and_punctuation_is_ignored()
    {
        var m = new ShingleOverlap();
        Assert.Equal((1.0, 1.0), m.Add("Troops left the city on Monday.", "Troops left, the city on Monday"));
        Assert.Equal(1.0, m.Accuracy);
    }

    [Fact]
    public void Extra_and_missing_shingles_lower_precision_and_recall()
    {
        var m = new ShingleOverlap();
        // gold: a b c d e -> 2 shingles; predicted: a b c d e f -> 3 shingles, 2 shared.
        var (p, r) = m.Add("a b c d e", "a b c d e f");
        Assert.Equal(2.0 / 3, p, 9);
        Assert.Equal(1.0, r, 9);
    }

    [Fact]
    public void Empty_output_counts_in_recall_only()
    {
        var m = new ShingleOverlap();
        m.Add("a b c d e", "a b c d e");
        m.Add("f g h i", "");
        Assert.Equal(1.0, m.Precision);
        Assert.Equal(0.5, m.Recall);
        Assert.Equal(2, m.Pages);
    }
}
