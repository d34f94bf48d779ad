using Microsoft.Data.Sqlite;
using Sitrep.Cli;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>Every way a database can be unusable: one line naming the file, exit 2, for writing and for queries.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DamagedDatabaseTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("sitrep-damaged-").FullName;
    readonly string _input;

    public DamagedDatabaseTests()
    {
        _input = Path.Combine(_dir, "in.txt");
        File.WriteAllText(_input, "Troops entered the town on Monday.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    string Stored()
    {
        var path = Path.Combine(_dir, $"store-{Guid.NewGuid():N}.db");
        using (var store = DocumentStore.Open(path)) store.Save(StoreFixtures.DocWithEvents());
        SqliteConnection.ClearAllPools();
        return path;
    }

    string Damaged(string kind)
    {
        var path = Path.Combine(_dir, $"{kind}.db");
        switch (kind)
        {
            case "garbage":
                File.WriteAllText(path, "this is not a database at all, just text that is long enough to have a header.");
                break;
            case "truncated":
                var whole = File.ReadAllBytes(Stored());
                File.WriteAllBytes(path, whole[..5000]);
                break;
            case "corrupt-pages":
                var bytes = File.ReadAllBytes(Stored());
                for (int i = 4096; i < bytes.Length; i++) bytes[i] = 0x5a;      // every page after the header page
                File.WriteAllBytes(path, bytes);
                break;
            case "newer":
                File.Copy(Stored(), path);
                Exec(path, "PRAGMA user_version = 999");
                break;
            case "foreign":
                Exec(path, "CREATE TABLE accounts (id INTEGER)");
                break;
            case "missing":
                break;
        }
        return path;
    }

    static void Exec(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    static void AssertOneLineNaming(CliProcess.Result r, string path)
    {
        Assert.Equal(ExitCodes.Fatal, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.Contains(path, line);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("corrupt-pages")]
    [InlineData("newer")]
    [InlineData("foreign")]
    public void Run_refuses_a_damaged_database_before_adding_to_it(string kind)
    {
        var db = Damaged(kind);
        var r = CliProcess.Run("run", _input, "--db", db);
        Assert.Equal(ExitCodes.Fatal, r.Code);
        Assert.Contains(r.ErrLines, l => l.Contains(db));
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Theory]
    [InlineData("events", "garbage")]
    [InlineData("events", "truncated")]
    [InlineData("events", "corrupt-pages")]
    [InlineData("events", "newer")]
    [InlineData("events", "foreign")]
    [InlineData("events", "missing")]
    [InlineData("stats", "corrupt-pages")]
    [InlineData("stats", "missing")]
    [InlineData("search", "garbage")]
    [InlineData("search", "missing")]
    public void Queries_on_a_damaged_database_exit_2_naming_it(string verb, string kind)
    {
        var db = Damaged(kind);
        var r = verb == "search" ? CliProcess.Run("search", "troops", "--db", db) : CliProcess.Run(verb, "--db", db);
        AssertOneLineNaming(r, db);
    }

    [Fact]
    public void Queries_open_the_database_read_only()
    {
        var db = Stored();
        var before = File.ReadAllBytes(db);
        using (var store = DocumentStore.OpenReadOnly(db))
        {
            Assert.Single(store.QueryEvents(new EventQuery { Type = "ASSAULT" }));
            var e = Assert.Throws<StoreException>(() => store.Save(StoreFixtures.DocWithEvents()));
            Assert.Contains(db, e.Message);
        }
        Assert.Equal(before, File.ReadAllBytes(db));
    }
}
