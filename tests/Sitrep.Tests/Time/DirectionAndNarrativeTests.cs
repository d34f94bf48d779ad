using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

// Document date Wednesday 2016-10-19 (ISO week 2016-W42) unless a test says otherwise.
public class DirectionAndNarrativeTests
{
    [Theory]
    [InlineData("Rebels attacked the town over the weekend.", "the weekend", "2016-W41-WE")]
    [InlineData("Talks will resume over the weekend.", "the weekend", "2016-W42-WE")]
    [InlineData("The envoy has been given until Friday to leave.", "Friday", "2016-10-21")]
    [InlineData("Aid has not arrived since Monday.", "Monday", "2016-10-17")]
    public void Weekends_deadlines_and_since_point_the_right_way(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, "DATE", value);

    [Fact]
    public void A_parsed_verb_just_before_the_weekday_governs_it()
    {
        // Written on Friday 2016-10-21. The parser attached "Monday" to "intends" (present: the nearest
        // Monday, 2016-10-24); the verb right before it, "said", makes it the past one.
        var doc = TimeTestDoc.Parsed("2016-10-21", "Paribas said Monday that it intends to bid .",
            ["NNP", "VBD", "NNP", "IN", "PRP", "VBZ", "TO", "VB", "."],
            [1, -1, 5, 5, 5, 1, 7, 5, 1],
            ["nsubj", "root", "nsubj", "mark", "nsubj", "ccomp", "mark", "xcomp", "punct"]);
        Assert.Equal("2016-10-17", TimeTestDoc.Find(doc, "Monday").Value);
    }

    [Fact]
    public void An_infinitive_under_a_forward_looking_word_points_forward()
    {
        // "set to resume Monday" in a past-tense sentence is the coming Monday.
        var doc = TimeTestDoc.Parsed("2016-10-19", "Talks were set to resume Monday .",
            ["NNS", "VBD", "VBN", "TO", "VB", "NNP", "."],
            [2, 2, -1, 4, 2, 4, 2],
            ["nsubj:pass", "aux:pass", "root", "mark", "xcomp", "obl:tmod", "punct"]);
        Assert.Equal("2016-10-24", TimeTestDoc.Find(doc, "Monday").Value);
    }

    [Fact]
    public void Past_perfect_keeps_a_plan_in_the_past()
    {
        var doc = TimeTestDoc.Parsed("2016-10-19", "The offer had been scheduled to expire Friday .",
            ["DT", "NN", "VBD", "VBN", "VBN", "TO", "VB", "NNP", "."],
            [1, 4, 4, 4, -1, 6, 4, 6, 4],
            ["det", "nsubj:pass", "aux", "aux:pass", "root", "mark", "xcomp", "obl:tmod", "punct"]);
        Assert.Equal("2016-10-14", TimeTestDoc.Find(doc, "Friday").Value);
    }

    [Fact]
    public void A_possessive_weekday_in_a_present_clause_is_past()
    {
        // Written on Saturday 2016-10-22.
        var doc = TimeTestDoc.Parsed("2016-10-22", "The move follows Tuesday's declaration .",
            ["DT", "NN", "VBZ", "NNP", "POS", "NN", "."],
            [1, 2, -1, 5, 3, 2, 2],
            ["det", "nsubj", "root", "nmod:poss", "case", "obj", "punct"]);
        Assert.Equal("2016-10-18", TimeTestDoc.Find(doc, "Tuesday").Value); // not the nearer 2016-10-25
    }

    [Theory]
    [InlineData("In 1995 the plant opened. The following year it closed.", "The following year", "1996")]
    [InlineData("The plant shut on May 3, 1996. The next day workers protested.", "The next day", "1996-05-04")]
    [InlineData("The following year is an election year.", "The following year", "2017")]
    public void Narrative_expressions_count_from_the_last_named_date(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, "DATE", value);

    [Theory]
    [InlineData("The blast came at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "2016-10-14T10:35")]
    [InlineData("On Monday, rebels attacked at 9 p.m.", "9 p.m.", "2016-10-17T21:00")]
    public void A_clock_time_takes_the_day_beside_it(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, "TIME", value);

    [Theory]
    [InlineData("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M")]
    [InlineData("The war lasted two and a half years.", "two and a half years", "P2Y6M")]
    [InlineData("The vote took a minute and a half.", "a minute and a half", "PT1M30S")]
    [InlineData("Wait half an hour.", "half an hour", "PT30M")]
    [InlineData("The boy will stay two more weeks.", "two more weeks", "P2W")]
    [InlineData("Shares fell for eight trading days.", "eight trading days", "P8D")]
    public void Durations_with_halves_and_modifiers(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, "DURATION", value);

    [Theory]
    [InlineData("Wars marked the 20th century.", "the 20th century", "19")]
    [InlineData("The summit will meet on April 24 and 25.", "25", "2017-04-25")]
    [InlineData("Courts met the week of March 6.", "the week of March 6", "2016-W09")]
    [InlineData("Flooding followed the last half of the '80s.", "the last half of the '80s", "198")]
    public void Centuries_coordinated_days_and_weeks_of_a_date(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-10-19", expression, "DATE", value);

    [Theory]
    [InlineData("Voters went to the polls on Election Day.", "Election Day", "2016-11-08")]
    [InlineData("Crowds gathered on St. Patrick's Day.", "St. Patrick's Day", "2016-03-17")]
    [InlineData("Shops closed on Presidents' Day.", "Presidents' Day", "2016-02-15")]
    public void Holidays_with_marks_and_floating_rules(string text, string expression, string value) =>
        TimeTestDoc.Check(text, "2016-11-20", expression, "DATE", value);

    [Theory]
    [InlineData("May said the talks would resume.")]
    [InlineData("March with us, the organisers urged.")]
    [InlineData("She writes for the Sunday Times.")]
    public void Capitalised_false_friends_are_not_dates(string text) => Assert.Empty(TimeTestDoc.Run(text).Timexes);
}
