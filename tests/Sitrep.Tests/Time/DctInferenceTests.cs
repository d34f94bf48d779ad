namespace Sitrep.Tests.Time;

public class DctInferenceTests
{
    [Fact]
    public void A_past_weekday_after_the_latest_date_moves_the_inferred_date_past_it()
    {
        // 2016-10-17 is a Monday: a past-tense Sunday told after it is Sunday 2016-10-23 at the earliest.
        var doc = TimeTestDoc.Run("Troops advanced on October 17, 2016. On Sunday the minister visited the front.", published: null);
        var published = doc.Info.Published!;
        Assert.True(published.Inferred);
        Assert.Equal("2016-10-23", published.Value);
        Assert.Contains("2016-10-17", published.Evidence);
        Assert.Contains("On Sunday … visited", published.Evidence);
        Assert.Equal("2016-10-23", TimeTestDoc.Find(doc, "Sunday").Value);
    }

    [Fact]
    public void A_day_without_year_takes_the_year_of_an_earlier_full_date()
    {
        var doc = TimeTestDoc.Run("The offensive began on October 17, 2016. A soldier was killed on October 20.", published: null);
        Assert.Equal("2016-10-20", doc.Info.Published!.Value);
        Assert.Equal("2016-10-20", TimeTestDoc.Find(doc, "October 20").Value);
    }

    [Fact]
    public void Dates_in_future_clauses_do_not_set_the_date()
    {
        var doc = TimeTestDoc.Run("Voters went to the polls on March 3, 2015. A runoff will be held on April 9, 2015.", published: null);
        Assert.Equal("2015-03-03", doc.Info.Published!.Value);
    }

    [Fact]
    public void Without_any_explicit_date_nothing_is_inferred_and_values_keep_unknowns()
    {
        var doc = TimeTestDoc.Run("Rebels attacked the town on Sunday.", published: null);
        Assert.Null(doc.Info.Published);
        Assert.Equal("XXXX-WXX-7", Assert.Single(doc.Timexes).Value);
    }

    [Fact]
    public void Metadata_date_is_never_replaced()
    {
        var doc = TimeTestDoc.Run("Troops advanced on October 17, 2016. On Sunday the minister visited.", published: "2016-11-02");
        Assert.False(doc.Info.Published!.Inferred);
        Assert.Equal("2016-11-02", doc.Info.Published.Value);
    }
}
