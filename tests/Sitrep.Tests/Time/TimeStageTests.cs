namespace Sitrep.Tests.Time;

// The default document date in these tests is Wednesday 2016-10-19 (ISO week 2016-W42).
public class TimeStageTests
{
    [Theory]
    [InlineData("Rebels attacked the town on Sunday.", "Sunday", "2016-10-16")]
    [InlineData("Talks will resume on Sunday.", "Sunday", "2016-10-23")]
    [InlineData("The minister has visited Monday.", "Monday", "2016-10-17")]
    [InlineData("The envoy is expected to arrive Friday.", "Friday", "2016-10-21")]
    public void Weekday_direction_follows_the_clause_tense(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, "DATE", value);

    [Theory]
    [InlineData("The court will rule on January 3.", "2016-12-20", "January 3", "2017-01-03")]
    [InlineData("The court ruled on December 3.", "2016-12-20", "December 3", "2016-12-03")]
    [InlineData("The ceasefire began on December 28.", "2017-01-04", "December 28", "2016-12-28")]
    [InlineData("Elections are due in January.", "2016-12-20", "January", "2017-01")]
    [InlineData("Troops deployed on October 17, 2016.", "2020-05-01", "October 17, 2016", "2016-10-17")]
    [InlineData("Prices fell in June last year.", "2016-10-19", "June last year", "2015-06")]
    public void Year_of_a_date_without_one_rolls_over(string text, string dct, string expression, string value) =>
        TimeTestDoc.Check(text, dct, expression, "DATE", value);

    [Theory]
    [InlineData("Fighting lasted for two weeks.", "two weeks", "DURATION", "P2W")]
    [InlineData("No shots were heard in the past 24 hours.", "the past 24 hours", "DURATION", "PT24H")]
    [InlineData("The siege has lasted two decades.", "two decades", "DURATION", "P20Y")]
    [InlineData("Troops could arrive within days.", "days", "DURATION", "PXD")]
    [InlineData("Protesters gather every Friday.", "every Friday", "SET", "XXXX-WXX-5")]
    [InlineData("The paper is printed daily.", "daily", "SET", "P1D")]
    [InlineData("The camp opened three years ago.", "three years ago", "DATE", "2013")]
    [InlineData("Rents doubled in the 1990s.", "the 1990s", "DATE", "199")]
    [InlineData("The border closed last week.", "last week", "DATE", "2016-W41")]
    [InlineData("Exports rose this month.", "this month", "DATE", "2016-10")]
    [InlineData("Output fell in the first quarter.", "the first quarter", "DATE", "2016-Q1")]
    [InlineData("The vote is planned for next year.", "next year", "DATE", "2017")]
    [InlineData("Flooding began in early 2015.", "early 2015", "DATE", "2015")]
    [InlineData("The rains came in the summer.", "the summer", "DATE", "2016-SU")]
    [InlineData("The report was filed on 2016-10-17.", "2016-10-17", "DATE", "2016-10-17")]
    [InlineData("The report was filed on 10/17/2016.", "10/17/2016", "DATE", "2016-10-17")]
    [InlineData("The mayor spoke yesterday.", "yesterday", "DATE", "2016-10-18")]
    [InlineData("Curfew starts tonight.", "tonight", "TIME", "2016-10-19TNI")]
    [InlineData("Shelling resumed on Tuesday night.", "Tuesday night", "TIME", "2016-10-18TNI")]
    [InlineData("The road is now open.", "now", "DATE", "PRESENT_REF")]
    [InlineData("Prices have recently fallen.", "recently", "DATE", "PAST_REF")]
    [InlineData("Sales rose 5% from a year earlier.", "a year earlier", "DATE", "2015")]
    [InlineData("Aid arrived Oct. 20 after talks.", "Oct. 20", "DATE", "2016-10-20")]
    [InlineData("The blast came at 3 p.m. on Friday.", "3 p.m.", "TIME", "2016-10-14T15:00")]
    public void Expressions_get_TIMEX3_types_and_values(string text, string expression, string type, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, type, value);

    [Theory]
    [InlineData("Theresa May said it may rain.")]
    [InlineData("Thousands of protesters march through the capital.")]
    [InlineData("The Sunday Times reported the deal.")]
    [InlineData("He told the Sunday Telegraph nothing.")]
    [InlineData("The second round of talks failed.")]
    [InlineData("Officials counted 1500 ballots and 2000 people.")]
    [InlineData("They watched the film Independence Day again.")]
    [InlineData("The 6-year-old boy was found.")]
    [InlineData("It took a while to decide.")]
    [InlineData("The Times ran the story.")]
    public void False_friends_are_not_time_expressions(string text)
    {
        Assert.Empty(TimeTestDoc.Run(text).Timexes);
    }

    [Fact]
    public void A_month_name_after_a_preposition_is_a_date()
    {
        var doc = TimeTestDoc.Run("The talks collapsed in May.");
        var t = TimeTestDoc.Find(doc, "May");
        Assert.Equal("2016-05", t.Value);
    }

    [Fact]
    public void Ner_names_block_weekday_words()
    {
        var doc = new Sitrep.Documents.Doc("Reporters met Friday Jones yesterday.", new Sitrep.Documents.DocumentInfo { Published = new("2016-10-19") });
        new Sitrep.Language.Tokenization.TokenizerStage().Process(doc);
        doc.EntityIob[2] = 1; doc.EntityType[2] = "PER";   // Friday
        doc.EntityIob[3] = 2; doc.EntityType[3] = "PER";   // Jones
        doc.MarkApplied([Sitrep.Pipeline.Layers.NerTags]);
        new Sitrep.Time.TimeStage().Process(doc);
        var t = Assert.Single(doc.Timexes);
        Assert.Equal(("yesterday", 27, 36), (t.Text, t.StartChar, t.EndChar));
    }

    [Fact]
    public void Token_span_of_a_timex_is_recorded()
    {
        var doc = TimeTestDoc.Run("Aid arrived on October 20 in the city.");
        var t = TimeTestDoc.Find(doc, "October 20");
        Assert.Equal((3, 5), (t.StartToken, t.EndToken));
        Assert.Equal("2016-10-19", t.Anchor);
    }
}
