using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Stories;
using Sitrep.Tests.Storage;

namespace Sitrep.Tests.Stories;

public class IncidentTests
{
    const string WireReport =
        "ALEPPO, Syria, March 3, 2024 (Wire) - An air strike killed 12 civilians in the Syrian city of Aleppo on Sunday, a monitoring group said. " +
        "Government warplanes struck a market in the east of the city in the morning, witnesses said. " +
        "Rescue workers were still searching the rubble for survivors late on Sunday. " +
        "The monitoring group said the dead included four children.";

    const string DailyReport =
        "BEIRUT, March 4, 2024 (Daily) - Government warplanes bombed a market in Aleppo on Sunday, killing 15 people, a rescue service said on Monday, raising the toll from the attack in the northern Syrian city. " +
        "Dozens were wounded in the strike, the rescue service said. " +
        "The government did not comment on the attack.";

    static Doc Report(string text, string title, string published, string publisher)
    {
        var doc = new Doc(text, new DocumentInfo { SourcePath = publisher + ".txt", Title = title, Publisher = publisher, Published = new PublishedDate(published) });
        doc.Info.Id = DocumentIds.Compute(doc.Info, doc.Text);
        return doc;
    }

    static Doc Strike(string publisher, string published, int dead, string status = EventStatus.Occurred, double lat = 36.2021, string date = "2024-03-03")
    {
        var doc = Report($"Report of a strike by {publisher}.", "Strike", published, publisher);
        doc.Events.Add(new EventRecord
        {
            Id = "E1", Type = "ASSAULT", Status = status, Sentence = new CharSpan(0, 10),
            Actors = { new EventParticipant(null, "Government warplanes", "SYR", "GOV") },
            Place = new EventPlace("Aleppo", 170063, lat, 37.1343, false, null), Date = new EventDate(date, "day"), Dead = new EventCount(dead),
        });
        return doc;
    }

    [Fact]
    public void Two_reports_of_one_strike_become_one_incident_with_a_dead_range()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(Strike("Wire", "2024-03-03", 12));
        store.Save(Strike("Daily", "2024-03-04", 15));
        var incident = Assert.Single(store.Incidents());
        Assert.Equal(2, incident.Sources);
        Assert.Equal(2, incident.Outlets);
        Assert.Equal(new CountRange(12, 12, 15), incident.Dead);
        Assert.Equal(("2024-03-03", "2024-03-04"), (incident.FirstReport, incident.LatestReport));
    }

    [Fact]
    public void A_planned_attack_later_reported_as_occurred_is_occurred_with_both_reports()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(Strike("Wire", "2024-03-02", 0, EventStatus.Planned));
        store.Save(Strike("Daily", "2024-03-04", 3));
        var incident = Assert.Single(store.Incidents());
        Assert.Equal(EventStatus.Occurred, incident.Status);
        Assert.Equal([EventStatus.Planned, EventStatus.Occurred], incident.Reports.Select(r => r.Event.Status));
    }

    [Fact]
    public void Strikes_far_apart_or_on_other_days_stay_apart()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(Strike("Wire", "2024-03-03", 12));
        store.Save(Strike("Daily", "2024-03-04", 15, lat: 33.5));            // Damascus latitude: ~300 km south
        store.Save(Strike("Post", "2024-03-10", 4, date: "2024-03-09"));     // six days later
        Assert.Equal(3, store.Incidents().Count);
        Assert.All(store.Incidents(), i => Assert.Equal(1, i.Sources));
    }

    [Fact]
    public void Exports_per_incident_carry_the_source_count_and_per_report_keep_every_event()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        store.Save(Strike("Wire", "2024-03-03", 12));
        store.Save(Strike("Daily", "2024-03-04", 15));
        var merged = Assert.Single(store.QueryEvents(new EventQuery { Per = EventGrouping.Incident }));
        Assert.Equal((2, 2), (merged.Sources, merged.Outlets));
        Assert.NotNull(merged.Incident);
        Assert.Equal(2, store.QueryEvents(new EventQuery { Per = EventGrouping.Report }).Count());
        var gdelt = Sitrep.Storage.Export.GdeltExporter.Row(merged);
        Assert.Equal(["2", "2", "2"], gdelt.Skip(31).Take(3));
    }

    [Fact]
    public void Two_self_written_reports_analysed_end_to_end_merge_into_one_incident()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        var analyzer = Sitrep.Tests.Support.TestAnalyzer.Full;
        store.Save(analyzer.Analyze(Report(WireReport, "Air strike kills 12 in Aleppo", "2024-03-03", "Wire")));
        store.Save(analyzer.Analyze(Report(DailyReport, "Aleppo market strike toll rises", "2024-03-04", "Daily")));
        var incident = Assert.Single(store.Incidents(minSources: 2));
        Assert.Equal("ASSAULT", incident.Type);
        Assert.Equal((12, 15), (incident.Dead!.Low, incident.Dead.High));
    }
}
