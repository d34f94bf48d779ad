using Sitrep.Documents;

namespace Sitrep.Tests.Events;

public class EventsStageTests
{
    [Fact]
    public void Mobilize_has_actor_place_and_date_from_the_window()
    {
        var t = TestDoc.Of("Iraqi forces deployed near Mosul on Monday .")
            .Entity("e1", "NORP", "Iraqi", "IRQ")
            .Place("Mosul", 36.34, 43.13)
            .Timex("Monday", "2016-10-17");
        var e = Assert.Single(t.Code());
        Assert.Equal("MOBILIZE", e.Type);
        Assert.Equal(EventStatus.Occurred, e.Status);
        var actor = Assert.Single(e.Actors);
        Assert.Equal(new EventParticipant("e1", "Iraqi forces", "IRQ", "MIL"), actor);
        Assert.Equal(new CharSpan(0, 12), e.Fields["actor"]);
        Assert.Equal("Mosul", e.Place!.Name);
        Assert.Equal(new EventDate("2016-10-17", "day"), e.Date);
        Assert.Equal("Monday", t.Slice(e, "date"));
        Assert.Equal("deployed", t.Slice(e, "trigger"));
        Assert.Equal("154", e.Cameo);
    }

    [Fact]
    public void A_season_dates_the_event_at_season_precision()
    {
        var t = TestDoc.Of("Iraqi forces deployed near Mosul in the summer .")
            .Entity("e1", "NORP", "Iraqi", "IRQ")
            .Place("Mosul", 36.34, 43.13)
            .Timex("the summer", "2016-SU");
        var e = Assert.Single(t.Code());
        Assert.Equal(new EventDate("2016-SU", "season"), e.Date);
        Assert.Equal("the summer", t.Slice(e, "date"));
    }

    [Fact]
    public void Mobilize_reads_actor_place_and_date_from_the_parse()
    {
        // A parse that puts the date and place where no window would look: fronted before the subject.
        var t = TestDoc.Of("On Monday , near Mosul , Iraqi forces deployed .")
            .Parsed("on ADP 2 case", "Monday PROPN 9 obl", ", PUNCT 2 punct", "near ADP 5 case", "Mosul PROPN 9 obl",
                    ", PUNCT 5 punct", "Iraqi ADJ 8 amod", "force NOUN 9 nsubj", "deploy VERB 0 root", ". PUNCT 9 punct")
            .Entity("e1", "NORP", "Iraqi", "IRQ")
            .Place("Mosul", 36.34, 43.13)
            .Timex("Monday", "2016-10-17");
        var e = Assert.Single(t.Code());
        Assert.Equal("MOBILIZE", e.Type);
        Assert.Equal("Iraqi forces", Assert.Single(e.Actors).Text);
        Assert.Equal("Mosul", e.Place!.Name);
        Assert.Equal("2016-10-17", e.Date!.Value);
        Assert.False(e.Date.FromPublished);
    }

    [Fact]
    public void Bomb_killing_a_soldier_is_an_explosives_assault_with_one_dead_and_a_military_recipient()
    {
        var t = TestDoc.Of("A roadside bomb killed one American soldier in Kirkuk .")
            .Entity("e1", "NORP", "American", "USA");
        var e = Assert.Single(t.Code());
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("explosives", e.Mode);
        Assert.Equal(new EventCount(1), e.Dead);
        var r = Assert.Single(e.Recipients);
        Assert.Equal(("USA", "MIL"), (r.Country, r.Sector));
        Assert.Equal("American soldier", t.Slice(e, "recipient"));
        Assert.Equal("killed one", t.Slice(e, "dead"));
        Assert.Equal("bomb", t.Slice(e, "mode"));
        Assert.Equal(new CharSpan(16, 22), e.Fields["trigger"]);
    }

    [Fact]
    public void Visited_is_consult_visit_by_its_subject()
    {
        var t = TestDoc.Of("Carter visited Erbil on Sunday .")
            .Entity("e1", "PER", "Carter", "USA", "GOV")
            .Entity("e2", "GPE", "Erbil", "IRQ")
            .Place("Erbil", 36.19, 44.01)
            .Timex("Sunday", "2016-10-23");
        var e = Assert.Single(t.Code());
        Assert.Equal(("CONSULT", "visit"), (e.Type, e.Mode));
        Assert.Equal("e1", Assert.Single(e.Actors).Entity);
        Assert.Equal("Erbil", e.Place!.Name);
        Assert.Equal("2016-10-23", e.Date!.Value);
        Assert.Equal("042", e.Cameo);
    }

    [Fact]
    public void Will_makes_an_attack_planned()
    {
        var e = Assert.Single(TestDoc.Of("The coalition will attack Raqqa .").Code());
        Assert.Equal(("ASSAULT", EventStatus.Planned), (e.Type, e.Status));
        Assert.Equal("will", e.Fields["status"].Slice("The coalition will attack Raqqa."));
    }

    [Fact]
    public void Headline_infinitive_is_planned()
    {
        var t = TestDoc.Of("Coalition to Attack Raqqa");
        var e = Assert.Single(t.Code());
        Assert.Equal(("ASSAULT", EventStatus.Planned), (e.Type, e.Status));
        Assert.Equal("to", t.Slice(e, "status"));
        Assert.Equal("Raqqa", Assert.Single(e.Recipients).Text);
    }

    [Fact]
    public void Fears_that_something_will_happen_are_hypothetical()
    {
        var e = Assert.Single(TestDoc.Of("There are fears the militants will attack the city .").Code());
        Assert.Equal(("ASSAULT", EventStatus.Hypothetical), (e.Type, e.Status));
        Assert.Equal("REB", Assert.Single(e.Actors).Sector);
    }

    [Fact]
    public void Negated_coercion_stays_negated()
    {
        var t = TestDoc.Of("Police did not arrest the protesters .");
        var e = Assert.Single(t.Code());
        Assert.Equal(("COERCE", "arrest", EventStatus.Negated), (e.Type, e.Mode, e.Status));
        Assert.Equal("not", t.Slice(e, "status"));
    }

    [Fact]
    public void Refusing_to_cooperate_is_reject()
    {
        var e = Assert.Single(TestDoc.Of("Syria will not accept more refugees .").Code());
        Assert.Equal(("REJECT", EventStatus.Occurred), (e.Type, e.Status));
    }

    [Fact]
    public void Compound_actor_is_split_and_both_conjuncts_get_the_noun_sector()
    {
        var t = TestDoc.Of("Iraqi and Kurdish troops attacked the town .");
        var e = Assert.Single(t.Code());
        Assert.Equal(2, e.Actors.Count);
        Assert.Equal(new EventParticipant(null, "Iraqi", "IRQ", "MIL"), e.Actors[0]);
        Assert.Equal(new EventParticipant(null, "Kurdish troops", null, "MIL"), e.Actors[1]);
        Assert.Equal("Iraqi", t.Slice(e, "actor"));
        Assert.Equal("Kurdish troops", t.Slice(e, "actor_2"));
    }

    [Fact]
    public void Two_tellings_merge_and_keep_the_count_range()
    {
        var t = TestDoc.Of("At least 30 people were killed in the attack .", "Hospital sources said 35 people died in the attack .");
        var e = Assert.Single(t.Code());
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal(new EventCount(30, 30, 35), e.Dead);
        Assert.Equal("30 people were killed", t.Slice(e, "dead"));
        Assert.Equal("people", Assert.Single(e.Recipients).Text);
    }

    [Fact]
    public void Size_is_read_from_a_number_before_forces()
    {
        var t = TestDoc.Of("Some 30,000 federal forces are leading the offensive .");
        var e = Assert.Single(t.Code());
        Assert.Equal(("ASSAULT", EventStatus.Ongoing), (e.Type, e.Status));
        Assert.Equal(new EventCount(30000), e.Size);
        Assert.Equal("30,000 federal forces", t.Slice(e, "size"));
    }

    [Fact]
    public void Without_a_timex_the_event_has_no_date_and_keeps_the_report_date_apart()
    {
        var e = Assert.Single(TestDoc.Of("Rebels shelled the town .").Code());
        Assert.Null(e.Date);
        Assert.Equal("2016-10-24", e.Reported);
        Assert.False(e.Fields.ContainsKey("date"));
    }

    [Fact]
    public void Every_evidence_span_lies_in_the_text_and_the_sentence_covers_the_trigger()
    {
        var t = TestDoc.Of("Israeli soldiers arrested 12 Palestinians in Hebron on Saturday .", "Protesters marched in Tunis .")
            .Place("Hebron", 31.53, 35.09).Timex("Saturday", "2016-10-22");
        var events = t.Code();
        Assert.Equal(2, events.Count);
        Assert.Equal(new EventCount(12), events[0].Arrested);
        foreach (var e in events)
        {
            Assert.Contains("trigger", e.Fields.Keys);
            Assert.True(e.Sentence.Start <= e.Fields["trigger"].Start && e.Fields["trigger"].End <= e.Sentence.End);
            foreach (var span in e.Fields.Values)
                Assert.True(span.Start >= 0 && span.End <= t.Doc.Text.Length && span.Length > 0);
        }
        Assert.Equal("Hebron", t.Slice(events[0], "place"));
        Assert.Equal(["E1", "E2"], events.Select(e => e.Id));
    }

    [Fact]
    public void A_sentence_without_triggers_codes_nothing()
    {
        Assert.Empty(TestDoc.Of("Please let us know if you are having issues with commenting .").Code());
    }
}
