using Microsoft.Data.Sqlite;
using Sitrep.Cli;
using Sitrep.Cli.Commands;
using Sitrep.Ingest;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep run --threads N</c> stores the same rows, in the same order, for every N.</summary>
public class ThreadCountTests
{
    [SkippableFact]
    public void Fifty_bbc_articles_store_byte_identical_rows_on_one_and_four_threads()
    {
        var corpus = SharedData.Require("news/bbc-2004-2005/bbc-fulltext.tar.gz");
        var dir = Directory.CreateTempSubdirectory("sitrep-threads-").FullName;
        try
        {
            int n = 0;
            foreach (var r in DocumentSource.Read([corpus], new IngestOptions()))
            {
                if (r is not IngestedDocument { Doc: var doc }) continue;
                File.WriteAllText(Path.Combine(dir, $"{n:D2}.txt"), $"{doc.Info.Title}\n\n{doc.Text}");
                if (++n == 50) break;
            }
            AssertSameForOneAndFour(dir);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void The_sample_articles_store_byte_identical_rows_on_one_and_four_threads() =>
        AssertSameForOneAndFour(Path.Combine(SharedData.RepoRoot, "samples", "articles"));

    [Fact]
    public void A_rerun_into_the_same_database_analyses_nothing_and_adds_nothing()
    {
        var db = Path.Combine(Path.GetTempPath(), $"sitrep-rerun-{Guid.NewGuid():N}.db");
        try
        {
            var samples = Path.Combine(SharedData.RepoRoot, "samples", "articles");
            Assert.Equal(ExitCodes.Ok, RunCommand.Execute(new RunCommand.RunOptions { Paths = [samples], Db = db, Format = "text", Threads = 2 }));
            var before = Dump(db);
            Assert.Equal(ExitCodes.Ok, RunCommand.Execute(new RunCommand.RunOptions { Paths = [samples], Db = db, Format = "text", Threads = 2 }));
            Assert.Equal(before, Dump(db));
        }
        finally { DeleteDb(db); }
    }

    static void AssertSameForOneAndFour(string input)
    {
        var one = Path.Combine(Path.GetTempPath(), $"sitrep-t1-{Guid.NewGuid():N}.db");
        var four = Path.Combine(Path.GetTempPath(), $"sitrep-t4-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(ExitCodes.Ok, RunCommand.Execute(new RunCommand.RunOptions { Paths = [input], Db = one, Format = "text", Threads = 1 }));
            Assert.Equal(ExitCodes.Ok, RunCommand.Execute(new RunCommand.RunOptions { Paths = [input], Db = four, Format = "text", Threads = 4 }));
            var dump = Dump(one);
            Assert.Contains("events:", dump);
            Assert.Equal(dump, Dump(four));
        }
        finally { DeleteDb(one); DeleteDb(four); }
    }

    /// <summary>Every document and event row in rowid order, all columns but the storage time.</summary>
    static string Dump(string db)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        var sb = new System.Text.StringBuilder();
        foreach (var table in (string[])["documents", "events"])
        {
            sb.Append(table).Append(":\n");
            using var q = c.CreateCommand();
            q.CommandText = $"SELECT * FROM {table} ORDER BY rowid";
            using var r = q.ExecuteReader();
            while (r.Read())
            {
                for (int i = 0; i < r.FieldCount; i++)
                    if (r.GetName(i) != "stored_at") sb.Append(r.GetName(i)).Append('=').Append(r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    static void DeleteDb(string db)
    {
        foreach (var suffix in (string[])["", "-wal", "-shm"])
            if (File.Exists(db + suffix)) File.Delete(db + suffix);
    }
}
