using Sitrep.Documents;

namespace Sitrep.Tests.Events;

/// <summary>Actors, recipients and places read from hand-made dependency parses.</summary>
public class AttachmentTests
{
    [Fact]
    public void A_persons_hometown_is_never_the_place_and_an_operation_name_places_the_event_approximately()
    {
        var t = TestDoc.Of("Sergeant Smith , of Dayton , was killed on Monday while supporting the Kirkuk offensive .")
            .Parsed("Sergeant PROPN 2 compound", "Smith PROPN 8 nsubj:pass", ", PUNCT 5 punct", "of ADP 5 case", "Dayton PROPN 2 nmod",
                    ", PUNCT 2 punct", "be AUX 8 aux:pass", "kill VERB 0 root", "on ADP 10 case", "Monday PROPN 8 obl", "while SCONJ 12 mark",
                    "support VERB 8 advcl", "the DET 15 det", "Kirkuk PROPN 15 compound", "offensive NOUN 12 obj", ". PUNCT 8 punct")
            .Entity("e1", "PER", "Sergeant Smith", "USA", "MIL")
            .Place("Dayton", 39.76, -84.19)
            .Place("Kirkuk", 35.47, 44.39);
        var e = t.Code().First(x => x.Type == "ASSAULT");
        Assert.Equal("e1", Assert.Single(e.Recipients).Entity);
        Assert.Equal("Kirkuk", e.Place!.Name);
        Assert.True(e.Place.Approximate);
        Assert.DoesNotContain(t.Code(), x => x.Place?.Name == "Dayton");
    }

    [Fact]
    public void A_subordinate_clause_read_as_an_oblique_keeps_its_own_subject()
    {
        // The parser reads "as" as a preposition: "soldiers" hangs on "resumed" and "fighting" is its conjunct.
        var t = TestDoc.Of("The talks resumed as Malian soldiers were fighting rebels near Gao .")
            .Parsed("the DET 2 det", "talk NOUN 3 nsubj", "resume VERB 0 root", "as ADP 6 case", "Malian ADJ 6 amod", "soldier NOUN 3 obl",
                    "be AUX 8 aux", "fight VERB 3 conj", "rebel NOUN 8 obj", "near ADP 11 case", "Gao PROPN 8 obl", ". PUNCT 3 punct")
            .Entity("e1", "NORP", "Malian", "MLI")
            .Place("Gao", 16.27, -0.04);
        var e = Assert.Single(t.Code(), x => x.Type == "ASSAULT");
        Assert.Equal("Malian soldiers", Assert.Single(e.Actors).Text);
        Assert.DoesNotContain(e.Actors, a => a.Text.Contains("talks", StringComparison.Ordinal));
        Assert.Equal("Gao", e.Place!.Name);
    }

    [Fact]
    public void A_place_in_apposition_to_a_person_is_neither_participant_nor_place()
    {
        // The parser hangs "Ohio" on the person instead of on the hometown before it.
        var t = TestDoc.Of("Sergeant Jones , of Dayton , Ohio , was killed on Monday .")
            .Parsed("Sergeant PROPN 2 compound", "Jones PROPN 10 nsubj:pass", ", PUNCT 5 punct", "of ADP 5 case", "Dayton PROPN 2 nmod",
                    ", PUNCT 7 punct", "Ohio PROPN 2 appos", ", PUNCT 2 punct", "be AUX 10 aux:pass", "kill VERB 0 root",
                    "on ADP 12 case", "Monday PROPN 10 obl", ". PUNCT 10 punct")
            .Entity("e1", "PER", "Sergeant Jones", "USA", "MIL")
            .Entity("e2", "GPE", "Dayton", "USA")
            .Entity("e3", "GPE", "Ohio", "USA")
            .Place("Dayton", 39.76, -84.19)
            .Place("Ohio", 40.25, -83.0);
        var e = Assert.Single(t.Code(), x => x.Type == "ASSAULT");
        Assert.Equal("e1", Assert.Single(e.Recipients).Entity);
        Assert.Null(e.Place);
    }

    [Fact]
    public void A_speaker_is_not_the_actor_but_the_source_and_a_led_coalition_is_the_coalition()
    {
        var t = TestDoc.Of("Smith said the Turkish-led coalition will attack Raqqa .")
            .Parsed("Smith PROPN 2 nsubj", "say VERB 0 root", "the DET 5 det", "Turkish-led ADJ 5 amod", "coalition NOUN 7 nsubj",
                    "will AUX 7 aux", "attack VERB 2 ccomp", "Raqqa PROPN 7 obj", ". PUNCT 2 punct")
            .Entity("e1", "PER", "Smith", "USA", "GOV")
            .Entity("e2", "NORP", "Turkish", "TUR")
            .Entity("e3", "GPE", "Raqqa", "SYR")
            .Place("Raqqa", 35.95, 39.01);
        var e = Assert.Single(t.Code(), x => x.Type == "ASSAULT");
        Assert.Equal(EventStatus.Planned, e.Status);
        var actor = Assert.Single(e.Actors);
        Assert.Equal(("Turkish-led coalition", null, "MIL"), (actor.Text, actor.Country, actor.Sector));
        Assert.Empty(e.Recipients);
        Assert.Equal("Raqqa", e.Place!.Name);
        Assert.Equal(new EventSource(EventSource.Speaker, "Smith", "e1"), e.Source);
    }

    [Fact]
    public void The_group_attacked_is_the_recipient_and_the_city_beside_it_the_place()
    {
        var t = TestDoc.Of("Rebels launched an offensive on Aleppo against government forces .")
            .Parsed("rebel NOUN 2 nsubj", "launch VERB 0 root", "an DET 4 det", "offensive NOUN 2 obj", "on ADP 6 case", "Aleppo PROPN 4 nmod",
                    "against ADP 9 case", "government NOUN 9 compound", "force NOUN 4 nmod", ". PUNCT 2 punct")
            .Entity("e1", "GPE", "Aleppo", "SYR")
            .Place("Aleppo", 36.2, 37.16);
        var e = Assert.Single(t.Code());
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("Rebels", Assert.Single(e.Actors).Text);
        Assert.DoesNotContain(e.Recipients, r => r.Entity == "e1");
        Assert.Contains(e.Recipients, r => r.Text.Contains("forces"));
        Assert.Equal("Aleppo", e.Place!.Name);
    }

    [Fact]
    public void Coordinated_actors_split_and_a_relative_clause_adds_no_actor()
    {
        var t = TestDoc.Of("Iraqi and Kurdish troops , who were trained by Britain , attacked Bashiqa .")
            .Parsed("Iraqi ADJ 4 amod", "and CCONJ 3 cc", "Kurdish ADJ 1 conj", "troop NOUN 12 nsubj", ", PUNCT 8 punct", "who PRON 8 nsubj:pass",
                    "be AUX 8 aux:pass", "train VERB 4 acl:relcl", "by ADP 10 case", "Britain PROPN 8 obl:agent", ", PUNCT 8 punct",
                    "attack VERB 0 root", "Bashiqa PROPN 12 obj", ". PUNCT 12 punct")
            .Entity("e1", "NORP", "Iraqi", "IRQ")
            .Entity("e2", "NORP", "Kurdish")
            .Entity("e3", "GPE", "Britain", "GBR")
            .Place("Bashiqa", 36.45, 43.35);
        var e = Assert.Single(t.Code(), x => x.Type == "ASSAULT");
        Assert.Equal(2, e.Actors.Count);
        Assert.All(e.Actors, a => Assert.Equal("MIL", a.Sector));
        Assert.Contains(e.Actors, a => a.Country == "IRQ");
        Assert.DoesNotContain(e.Actors, a => a.Entity == "e3");
        Assert.Equal("Bashiqa", e.Place!.Name);
    }

    [Fact]
    public void A_visit_is_placed_at_what_was_visited_and_its_purpose_clause_is_the_same_event()
    {
        var t = TestDoc.Of("The minister visited Erbil in Iraq to discuss security .")
            .Parsed("the DET 2 det", "minister NOUN 3 nsubj", "visit VERB 0 root", "Erbil PROPN 3 obj", "in ADP 6 case", "Iraq PROPN 3 obl",
                    "to PART 8 mark", "discuss VERB 3 advcl", "security NOUN 8 obj", ". PUNCT 3 punct")
            .Place("Erbil", 36.19, 44.01)
            .Place("Iraq", 33, 44);
        var e = Assert.Single(t.Code());
        Assert.Equal(("CONSULT", "visit"), (e.Type, e.Mode));
        Assert.Equal("Erbil", e.Place!.Name);
        Assert.Equal("discuss", t.Slice(e, "trigger_2"));
    }

    [Fact]
    public void A_pronoun_subject_of_a_reported_clause_is_the_speaker()
    {
        var t = TestDoc.Of("Japan said it had halted aid to Serbia .")
            .Parsed("Japan PROPN 2 nsubj", "say VERB 0 root", "it PRON 5 nsubj", "have AUX 5 aux", "halt VERB 2 ccomp", "aid NOUN 5 obj",
                    "to ADP 8 case", "Serbia PROPN 6 nmod", ". PUNCT 2 punct")
            .Entity("e1", "GPE", "Japan", "JPN")
            .Entity("e2", "GPE", "Serbia", "SRB");
        var e = Assert.Single(t.Code());
        Assert.Equal("e1", Assert.Single(e.Actors).Entity);
        Assert.Contains(e.Recipients, r => r.Entity == "e2");
    }
}

public class CountryQualifierTests
{
    [Fact]
    public void A_country_after_a_city_in_it_is_no_recipient_and_the_city_is_only_the_place()
    {
        var t = TestDoc.Of("Rebels shelled Homs , Syria .")
            .Parsed("rebel NOUN 2 nsubj", "shell VERB 0 root", "Homs PROPN 2 obj", ", PUNCT 5 punct", "Syria PROPN 3 appos", ". PUNCT 2 punct")
            .Entity("e1", "GPE", "Homs")
            .Entity("e2", "GPE", "Syria", "SYR")
            .Place("Homs", 34.73, 36.72)
            .Place("Syria", 35, 38);
        t.Doc.Places[0] = t.Doc.Places[0] with { Country = "SYR", Feature = "P.PPLA" };
        t.Doc.Places[1] = t.Doc.Places[1] with { Country = "SYR", Feature = "A.PCLI" };
        var e = Assert.Single(t.Code());
        Assert.Empty(e.Recipients);   // a city is where it happened, never a participant; its country only locates it
        Assert.Equal("Homs", e.Place!.Name);
    }
}

public class RelativePlaceTests
{
    [Fact]
    public void A_place_moved_by_a_relative_position_keeps_the_phrase_as_evidence()
    {
        var t = TestDoc.Of("Kurdish fighters deployed in Bartella , about 20 km east of Mosul .")
            .Parsed("Kurdish ADJ 2 amod", "fighter NOUN 3 nsubj", "deploy VERB 0 root", "in ADP 5 case", "Bartella PROPN 3 obl",
                    ", PUNCT 8 punct", "about ADV 7 advmod", "20 NUM 8 nummod", "km NOUN 5 appos", "east ADV 8 advmod", "of ADP 12 case",
                    "Mosul PROPN 10 obl", ". PUNCT 3 punct")
            .Entity("e1", "NORP", "Kurdish")
            .Place("Bartella", 36.35, 43.35, approximate: true, anchor: "Mosul")
            .Place("Mosul", 36.34, 43.13);
        var e = Assert.Single(t.Code());
        Assert.Equal("MOBILIZE", e.Type);
        Assert.Equal("Bartella", e.Place!.Name);
        Assert.True(e.Place.Approximate);
        Assert.Equal("about 20 km east of Mosul", t.Slice(e, "place_relative"));
    }
}
