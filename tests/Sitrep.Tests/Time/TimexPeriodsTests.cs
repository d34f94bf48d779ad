using Sitrep.Time.Normalization;

namespace Sitrep.Tests.Time;

public class TimexPeriodsTests
{
    [Theory]
    [InlineData("2016-10-17", "day", "2016-10-17")]
    [InlineData("2016-10-17T15:00", "day", "2016-10-17")]
    [InlineData("2016-W42", "week", "2016-10-17")]
    [InlineData("2016-W42-WE", "week", "2016-10-17")]
    [InlineData("2015-W53", "week", "2015-12-28")]
    [InlineData("2016-10", "month", "2016-10-01")]
    [InlineData("2016-Q3", "quarter", "2016-07-01")]
    [InlineData("2016-H2", "half", "2016-07-01")]
    [InlineData("2016-SU", "season", "2016-06-01")]
    [InlineData("2016", "year", "2016-01-01")]
    [InlineData("199", "decade", "1990-01-01")]
    [InlineData("19", "century", "1900-01-01")]
    public void Calendar_values_name_a_period_and_its_first_day(string value, string granularity, string first)
    {
        Assert.Equal(granularity, TimexPeriods.Granularity(value));
        Assert.Equal(DateOnly.Parse(first), TimexPeriods.FirstDay(value));
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P3D")]
    [InlineData("XXXX-WXX-5")]
    [InlineData("2016-13")]
    [InlineData("2016-02-30")]
    [InlineData("2016-W60")]
    [InlineData("")]
    public void Other_values_name_no_period(string value)
    {
        Assert.Null(TimexPeriods.Granularity(value));
        Assert.Null(TimexPeriods.FirstDay(value));
    }
}
