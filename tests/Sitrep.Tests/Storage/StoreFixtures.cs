using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Tests.Storage;

/// <summary>Hand-built documents with events, and a temporary database that deletes itself.</summary>
static class StoreFixtures
{
    public const string Text = "Rebels shelled Kirkuk on 3 May 2017, killing four civilians. Ministers met in Paris.";

    public static Doc DocWithEvents()
    {
        var doc = new Doc(Text, new DocumentInfo { SourcePath = "fixture.txt", Url = "https://example.org/a", Title = "Fixture" });
        doc.Info.Id = DocumentIds.Compute(doc.Info, doc.Text);
        doc.SetTokens([0, 7, 15, 22], [6, 14, 21, 24]);
        doc.Events.Add(new EventRecord
        {
            Id = "V1", Type = "ASSAULT", Mode = "heavy-weapons", Sentence = new CharSpan(0, 60), Confidence = 0.8,
            Actors = { new EventParticipant("E1", "Rebels", "IRQ", "REB") },
            Recipients = { new EventParticipant("E2", "civilians", "IRQ", "CVL") },
            Place = new EventPlace("Kirkuk", 94787, 35.4681, 44.3922, false, null) { Country = "IRQ", Feature = "P.PPLA" },
            Date = new EventDate("2017-05-03", "day"), Dead = new EventCount(4), Cameo = "195",
            Fields = { ["trigger"] = new CharSpan(7, 14) },
        });
        doc.Events.Add(new EventRecord
        {
            Id = "V2", Type = "CONSULT", Mode = "multilateral", Sentence = new CharSpan(61, 84), Confidence = 0.6,
            Actors = { new EventParticipant(null, "Ministers", null, "GOV") },
            Place = new EventPlace("Paris", 2988507, 48.8534, 2.3488, false, null) { Country = "FRA" },
            Date = new EventDate("2017-05", "month"), Cameo = "043",
        });
        return doc;
    }

    public sealed class TempDb : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sitrep-test-{Guid.NewGuid():N}.db");

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(Path + suffix);
        }
    }
}
