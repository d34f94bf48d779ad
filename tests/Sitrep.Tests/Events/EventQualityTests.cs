using Sitrep.Documents;
using Sitrep.Events.Attribution;

namespace Sitrep.Tests.Events;

/// <summary>One event per happening, counts that are counts, words that code no event, and who says so.</summary>
public class EventQualityTests
{
    [Fact]
    public void The_blast_and_the_bombing_retell_the_explosion_as_one_event_with_every_mention_as_evidence()
    {
        var t = TestDoc.Of("A car bomb exploded in Kirkuk on Monday .", "The blast killed 12 people .", "Police said the bombing was the deadliest this year .")
            .Place("Kirkuk", 35.47, 44.39)
            .Timex("Monday", "2017-03-13");
        var all = t.Code();
        Assert.True(all.Count(x => x.Type == "ASSAULT") == 1, string.Join(" | ", all.Select(x => x.Type + " " + x.Status + " " + string.Join(",", x.Fields.Select(f => f.Key + "=" + f.Value.Slice(t.Doc.Text))))));
        var e = Assert.Single(all, x => x.Type == "ASSAULT");
        Assert.Equal(new EventCount(12), e.Dead);
        Assert.Equal("Kirkuk", e.Place!.Name);
        Assert.Equal("2017-03-13", e.Date!.Value);
        var mentions = e.Fields.Where(f => f.Key.StartsWith("trigger", StringComparison.Ordinal)).Select(f => f.Value.Slice(t.Doc.Text)).ToList();
        Assert.Contains("exploded", mentions);
        Assert.Contains("bombing", mentions);
    }

    [Fact]
    public void Attacks_at_different_places_on_different_days_stay_two_events()
    {
        var t = TestDoc.Of("Rebels attacked a checkpoint in Homs on Monday .", "Gunmen attacked a bus in Aleppo on Wednesday .")
            .Place("Homs", 34.73, 36.72).Place("Aleppo", 36.2, 37.16)
            .Timex("Monday", "2017-03-13").Timex("Wednesday", "2017-03-15");
        Assert.Equal(["Homs", "Aleppo"], t.Code().Where(x => x.Type == "ASSAULT").Select(x => x.Place!.Name));
    }

    [Theory]
    [InlineData("Between 1990 and 2004 , 25 children died in the fighting .", 25, null, null)]
    [InlineData("Gunmen killed 10 to 15 villagers .", 10, 10, 15)]
    [InlineData("Two soldiers aged 19 died .", 2, null, null)]
    [InlineData("An explosion at 1400 GMT killed three soldiers .", 3, null, null)]
    public void Years_ages_and_clock_times_are_never_counts_and_ranges_keep_both_ends(string sentence, int best, int? low, int? high)
    {
        var e = Assert.Single(TestDoc.Of(sentence).Code(), x => x.Type == "ASSAULT");
        Assert.Equal(new EventCount(best, low, high), e.Dead);
    }

    [Fact]
    public void Two_reports_of_one_toll_keep_the_first_as_best_and_the_other_as_the_range()
    {
        var t = TestDoc.Of("Police said 12 people were killed in the clashes in Karachi .", "Doctors said 15 people were killed in the clashes .")
            .Place("Karachi", 24.86, 67.01);
        var e = Assert.Single(t.Code(), x => x.Type == "ASSAULT");
        Assert.Equal(new EventCount(12, null, 15), e.Dead);
    }

    [Theory]
    [InlineData("The minister told reporters when asked to comment .")]
    [InlineData("The minister was asked about the election .")]
    [InlineData("We are prepared for that .")]
    [InlineData("The army is working to push the rebels out of the valley .")]
    public void Questions_readiness_without_a_deed_and_pushing_without_a_demand_code_no_event(string sentence) =>
        Assert.DoesNotContain(TestDoc.Of(sentence).Code(), e => e.Type is "REQUEST" or "AGREE");

    [Fact]
    public void Readiness_to_do_something_is_still_a_commitment() =>
        Assert.Contains(TestDoc.Of("The rebels are prepared to negotiate .").Code(), e => e.Type == "AGREE");

    [Fact]
    public void The_outlet_is_the_site_of_the_documents_address_else_its_byline()
    {
        Assert.Equal(new EventSource(EventSource.Outlet, "reuters.com", null),
            SourceFinder.Outlet(new DocumentInfo { Url = "https://www.reuters.com/world/a-1", Byline = "Jane Roe" }));
        Assert.Equal(new EventSource(EventSource.Outlet, "Jane Roe", null), SourceFinder.Outlet(new DocumentInfo { Byline = "Jane Roe" }));
    }

    [Fact]
    public void Source_and_report_date_survive_the_document_json()
    {
        var t = TestDoc.Of("Rebels shelled the town .");
        t.Code();
        var e = Assert.Single(t.Doc.Events);
        Assert.Equal(EventSource.Outlet, e.Source!.Kind);
        var json = DocJsonWriter.ToJson(t.Doc);
        var back = Assert.Single(DocJsonReader.Read(json).Events);
        Assert.Equal((e.Source, "2016-10-24"), (back.Source, back.Reported));
        Assert.Null(back.Date);
    }
}
