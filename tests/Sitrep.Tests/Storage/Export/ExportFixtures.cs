using System.Text;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Tests.Storage.Export;

/// <summary>
/// A small hand-built corpus with the cases exports get wrong: a strike in Israel, a planned and a negated attack,
/// international organisations, police against protesters in a US state, a continent with no country, a misread
/// year ("1400"), civilians as the only participants, and cells that look like spreadsheet formulas.
/// </summary>
public static class ExportFixtures
{
    internal static Doc[] Corpus() => [Israel(), Texas(), Elsewhere()];

    static Doc Make(string text, DocumentInfo info, params EventRecord[] events)
    {
        var doc = new Doc(text, info);
        doc.Info.Id = DocumentIds.Compute(doc.Info, doc.Text);
        doc.SetTokens([0], [1]);
        doc.Events.AddRange(events);
        return doc;
    }

    static EventRecord Event(string id, string type, string? mode, string sentence, string text, string status = EventStatus.Occurred)
    {
        int start = text.IndexOf(sentence, StringComparison.Ordinal);
        return new EventRecord { Id = id, Type = type, Mode = mode, Status = status, Sentence = new CharSpan(start, start + sentence.Length), Confidence = 0.7 };
    }

    static Doc Israel()
    {
        const string s1 = "Militants fired rockets at Sderot on 12 May 2024, killing two civilians.";
        const string s2 = "-The army plans to strike Gaza next week.";
        const string s3 = "=The UN and the EU condemned the attack.";
        var text = $"{s1} {s2} {s3}";
        var strike = Event("E1", "ASSAULT", "heavy-weapons", s1, text);
        strike.Actors.Add(new EventParticipant("T1", "Militants", "PSE", "REB"));
        strike.Recipients.Add(new EventParticipant("T2", "civilians", "ISR", "CVL"));
        strike.Place = new EventPlace("Sderot", 293619, 31.525, 34.5969, false, null) { Country = "ISR", Admin1 = "Southern District", Admin1Code = "01", Feature = "P.PPL" };
        strike.Date = new EventDate("2024-05-12", "day");
        strike.Dead = new EventCount(2);
        strike.Cameo = "195";
        strike.Fields["trigger"] = new CharSpan(10, 15);
        var plan = Event("E2", "ASSAULT", "aerial", s2, text, EventStatus.Planned);
        plan.Actors.Add(new EventParticipant("T3", "The army", "ISR", "MIL"));
        plan.Place = new EventPlace("Gaza", 281133, 31.5017, 34.4668, false, null) { Country = "PSE", Feature = "P.PPLA" };
        plan.Date = new EventDate("2024-W20", "week");
        plan.Cameo = "195";
        var condemn = Event("E3", "ACCUSE", null, s3, text);
        condemn.Actors.Add(new EventParticipant("T4", "UN", null, "IGO"));
        condemn.Actors.Add(new EventParticipant("T5", "EU", null, "IGO"));
        condemn.Date = new EventDate("2024-05-12", "day");
        condemn.Cameo = "111";
        return Make(text, new DocumentInfo { SourcePath = "israel.html", Url = "https://www.example.co.il/news/1", Title = "=HYPERLINK(\"http://x\")", Publisher = "@Example Daily" },
            strike, plan, condemn);
    }

    static Doc Texas()
    {
        const string s1 = "Police fired tear gas at protesters in Austin on 3 March 2023, injuring three.";
        const string s2 = "+200 protesters marched across Texas in March 2023.";
        var text = $"{s1} {s2}";
        var force = Event("E1", "ASSAULT", "crowd-control", s1, text);
        force.Actors.Add(new EventParticipant("T1", "Police", "USA", "COP"));
        force.Recipients.Add(new EventParticipant("T2", "protesters", "USA", "CVL"));
        force.Place = new EventPlace("Austin", 4671654, 30.2672, -97.7431, false, null) { Country = "USA", Admin1 = "Texas", Admin1Code = "TX", Feature = "P.PPLA" };
        force.Date = new EventDate("2023-03-03", "day");
        force.Injured = new EventCount(3);
        force.Cameo = "145";
        var march = Event("E2", "PROTEST", "demonstrate", s2, text);
        march.Actors.Add(new EventParticipant("T2", "protesters", "USA", "CVL"));
        march.Place = new EventPlace("Texas", 4736286, 31.2504, -99.2506, false, null) { Country = "USA", Admin1 = "Texas", Admin1Code = "TX", Feature = "A.ADM1" };
        march.Date = new EventDate("2023-03", "month");
        march.Size = new EventCount(200);
        march.Cameo = "141";
        return Make(text, new DocumentInfo { SourcePath = "texas.txt", Url = "https://example.com/texas", Title = "Tear gas in Austin" }, force, march);
    }

    static Doc Elsewhere()
    {
        const string s1 = "Civilians were attacked near the Atlantic at 1400 GMT.";
        const string s2 = "Gunmen did not attack villagers in Maiduguri on 1 July 2019.";
        const string s3 = "Gunmen attacked villagers in Maiduguri on 2 July 2019, killing between 5 and 9.";
        var text = $"{s1} {s2} {s3}";
        var ocean = Event("E1", "ASSAULT", null, s1, text);
        ocean.Recipients.Add(new EventParticipant(null, "Civilians", null, "CVL"));
        ocean.Place = new EventPlace("Atlantic Ocean", 3411923, 10.0, -30.0, false, null) { Feature = "H.OCN" };
        ocean.Date = new EventDate("1400", "year");
        ocean.Cameo = "190";
        var negated = Event("E2", "ASSAULT", null, s2, text, EventStatus.Negated);
        negated.Actors.Add(new EventParticipant(null, "Gunmen", null, "UNK"));
        negated.Recipients.Add(new EventParticipant(null, "villagers", "NGA", "CVL"));
        negated.Place = new EventPlace("Maiduguri", 2331447, 11.8464, 13.1603, false, null) { Country = "NGA", Admin1 = "Borno", Admin1Code = "02", Feature = "P.PPLA" };
        negated.Date = new EventDate("2019-07-01", "day");
        negated.Cameo = "190";
        var attack = Event("E3", "ASSAULT", null, s3, text);
        attack.Actors.Add(new EventParticipant(null, "Gunmen", null, "UNK"));
        attack.Recipients.Add(new EventParticipant(null, "villagers", "NGA", "CVL"));
        attack.Place = negated.Place;
        attack.Date = new EventDate("2019-07-02", "day");
        attack.Dead = new EventCount(5, 5, 9);
        attack.Cameo = "190";
        return Make(text, new DocumentInfo { SourcePath = "corpus.tar.gz", Locator = "wire/c.txt", Title = "Wire" }, ocean, negated, attack);
    }

    /// <summary>A temporary store holding the corpus, and exports from it as a user runs them.</summary>
    public sealed class Store : IDisposable
    {
        readonly StoreFixtures.TempDb _db = new();

        public Store()
        {
            using var store = DocumentStore.Open(_db.Path);
            foreach (var doc in Corpus()) store.Save(doc);
        }

        public string Path => _db.Path;

        public string Export(string format, string? status = null)
        {
            using var store = DocumentStore.OpenReadOnly(_db.Path);
            using var ms = new MemoryStream();
            EventExporters.Find(format).Export(store, EventFilterParser.Parse(new EventFilterText { Status = status }), ms);
            return Encoding.UTF8.GetString(ms.ToArray());
        }

        public void Dispose() => _db.Dispose();
    }
}
