
using Sitrep.Evaluation.Events;

namespace Sitrep.Tests.Events;

/// <summary>The e2e scorer and gold reader on a small synthetic gold (invented text; no shared data).</summary>
public class E2eScorerTests
{
    const string Text = "Rebels shelled Juba on Monday, the army said. Talks are planned in Nairobi.";

    /// <summary>One JSONL line (the raw literal's line breaks removed).</summary>
    static readonly string Line = """
        {"id":"a1","corpus":"x.csv","record":1,"text_sha256":"00","report_date":"2017-03-07","outlet":"Wire","events":[
        {"type":"ASSAULT","status":"occurred","actors":[{"start":0,"end":6,"country":"SSD","sector":"REB"}],
        "place":{"name":"Juba","geonameid":373303,"lat":4.8517,"lon":31.5825,"level":"point","country":"SSD"},
        "date":{"value":"2017-03-06","precision":"day"},"dead":{"low":2,"best":3,"high":5},
        "source":{"kind":"speaker","start":31,"end":39},"evidence":[{"start":0,"end":45}]},
        {"type":"CONSULT","status":"planned","place":{"name":"Nairobi Area","lat":-1.28,"lon":36.82,"level":"admin1","country":"KEN","admin1":"Nairobi Area"},
        "date":{"value":"2017-03","precision":"month"},"source":{"kind":"outlet","name":"Wire"}}]}
        """.ReplaceLineEndings("");

    static E2eArticle Gold()
    {
        var path = Path.GetTempFileName() + ".jsonl";
        File.WriteAllText(path, Line + "\n");
        try
        {
            Assert.True(E2eGoldReader.Detect(path));
            var read = E2eGoldReader.Read(path);
            Assert.True(read.Success, read.Error);
            return Assert.Single(read.Articles);
        }
        finally { File.Delete(path); }
    }

    static E2ePredictedEvent Assault(double lat = 4.85, double lon = 31.58, string date = "2017-03-06", string status = "occurred") =>
        new("ASSAULT", status)
        {
            Lat = lat, Lon = lon, DateValue = date, Dead = 4, Actors = [("rebels", null, null)],
            SourceKind = "speaker", SourceText = "the army",
        };

    static E2ePredictedEvent Consult(string? admin1 = "Nairobi Area", string date = "2017-03-20") =>
        new("CONSULT", "planned") { Lat = -1.0, Lon = 37.5, Admin1 = admin1, Country = "KEN", DateValue = date, SourceKind = "outlet", SourceText = "Wire" };

    static Dictionary<string, object?> Score(params E2ePredictedEvent[] predicted)
    {
        var scorer = new E2eScorer();
        scorer.Add(Gold(), Text, predicted);
        return scorer.Scores();
    }

    [Fact]
    public void Both_events_found_with_every_field_right()
    {
        var s = Score(Assault(), Consult());
        Assert.Equal((1.0, 1.0, 1.0), ((double)s["e2e_precision"]!, (double)s["e2e_recall"]!, (double)s["e2e_f1"]!));
        Assert.Equal((1.0, 1.0, 1.0, 1.0), ((double)s["actor_accuracy"]!, (double)s["status_accuracy"]!, (double)s["dead_accuracy"]!, (double)s["source_accuracy"]!));
        Assert.Equal(2, s["source_events"]);
    }

    [Fact]
    public void A_point_more_than_25_km_away_is_not_the_gold_place()
    {
        Assert.Equal(0.5, (double)Score(Assault(lat: 5.10), Consult())["e2e_recall"]!);   // ~28 km north
        Assert.Equal(1.0, (double)Score(Assault(lat: 4.95), Consult())["e2e_recall"]!);   // ~11 km
    }

    [Fact]
    public void A_region_matches_by_admin1_name_even_far_from_its_centre()
    {
        Assert.Equal(1.0, (double)Score(Assault(), Consult())["e2e_recall"]!);
        Assert.Equal(0.5, (double)Score(Assault(), Consult(admin1: "Kiambu"))["e2e_recall"]!);
    }

    [Fact]
    public void Dates_must_lie_inside_the_gold_precision()
    {
        Assert.Equal(0.5, (double)Score(Assault(date: "2017-03-07"), Consult())["e2e_recall"]!);
        Assert.Equal(0.5, (double)Score(Assault(date: "2017-03"), Consult())["e2e_recall"]!);      // coarser than the gold day
        Assert.Equal(0.5, (double)Score(Assault(), Consult(date: "2017-04-01"))["e2e_recall"]!);
    }

    [Fact]
    public void Duplicates_of_a_found_event_cost_precision_but_unpaired_non_facts_do_not()
    {
        Assert.Equal(2.0 / 3, (double)Score(Assault(), Assault(), Consult())["e2e_precision"]!, 6);
        Assert.Equal(1.0, (double)Score(Assault(), Consult(), Assault(lat: 10, status: "hypothetical"))["e2e_precision"]!);
    }

    [Fact]
    public void Wrong_fields_on_found_events_are_counted()
    {
        var wrong = Assault() with { Dead = 9, Actors = [("soldiers", "UGA", "MIL")], SourceText = "Reuters", Status = "ongoing" };
        var s = Score(wrong, Consult());
        Assert.Equal(1.0, (double)s["e2e_recall"]!);
        Assert.Equal((0.0, 0.0, 0.5, 0.5), ((double)s["actor_accuracy"]!, (double)s["dead_accuracy"]!, (double)s["source_accuracy"]!, (double)s["status_accuracy"]!));
    }

    [Fact]
    public void Article_text_is_checked_against_its_hash()
    {
        var shared = Directory.CreateTempSubdirectory("e2e-shared").FullName;
        try
        {
            File.WriteAllText(Path.Combine(shared, "x.csv"), $"title,text,date\nT,\"{Text}\",\"March 7, 2017\"\n");
            var source = new E2eArticleSource(shared);
            var gold = Gold();
            var (none, error) = source.Load(gold);
            Assert.Null(none);
            Assert.Contains("SHA-256", error);
            var (article, _) = source.Load(gold with { TextSha256 = E2eArticleSource.Sha256(Text) });
            Assert.Equal((Text, "T"), (article!.Text, article.Title));
        }
        finally { Directory.Delete(shared, true); }
    }

    [Fact]
    public void A_bad_line_fails_the_file_with_one_line_naming_it()
    {
        var path = Path.GetTempFileName() + ".jsonl";
        File.WriteAllText(path, Line + "\n{\"id\":\"a2\",\"corpus\":\"x.csv\"}\n");
        try
        {
            var read = E2eGoldReader.Read(path);
            Assert.False(read.Success);
            Assert.StartsWith($"{path}:2: ", read.Error);
            Assert.DoesNotContain('\n', read.Error!);
        }
        finally { File.Delete(path); }
    }
}
