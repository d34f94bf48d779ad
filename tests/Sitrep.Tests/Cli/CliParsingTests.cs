using Sitrep.Cli;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Cli;

public class CliParsingTests
{
    [Fact]
    public void Run_options_parse_into_their_fields()
    {
        var result = Sitrep.Cli.Cli.BuildRoot().Parse(["run", "a.txt", "b.html", "--db", "x.db", "--format", "jsonl", "--published", "2016-10-23"]);
        Assert.Empty(result.Errors);
        Assert.Equal(["a.txt", "b.html"], result.GetValue(RunCommand.Paths)!);
        Assert.Equal("x.db", result.GetValue(RunCommand.Db));
        Assert.Equal("jsonl", result.GetValue(RunCommand.Format));
        Assert.Equal("2016-10-23", result.GetValue(RunCommand.Published));
    }

    [Fact]
    public void Run_defaults_to_sitrep_db_and_text()
    {
        var result = Sitrep.Cli.Cli.BuildRoot().Parse(["run", "a.txt"]);
        Assert.Equal("sitrep.db", result.GetValue(RunCommand.Db));
        Assert.Equal("text", result.GetValue(RunCommand.Format));
    }

    [Theory]
    [InlineData("run", "a.txt", "--format", "xml")]
    [InlineData("events", "--format", "kml")]
    [InlineData("eval", "tokens")]
    public void Invalid_arguments_are_parse_errors(params string[] args) =>
        Assert.NotEmpty(Sitrep.Cli.Cli.BuildRoot().Parse(args).Errors);

    [Fact]
    public void Events_accepts_every_export_format()
    {
        foreach (var f in new[] { "table", "csv", "jsonl", "geojson", "plover", "gdelt", "acled" })
            Assert.Empty(Sitrep.Cli.Cli.BuildRoot().Parse(["events", "--format", f, "--near", "Mosul", "--radius", "25"]).Errors);
    }

    [Fact]
    public void Missing_inputs_exit_with_1_and_the_rest_still_run()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"sitrep-missing-{Guid.NewGuid():N}.txt");
        var present = Path.Combine(Path.GetTempPath(), $"sitrep-present-{Guid.NewGuid():N}.txt");
        File.WriteAllText(present, "Troops entered the town on Monday.");
        try
        {
            int code = RunCommand.Execute(new RunCommand.RunOptions { Paths = [missing, present], Format = "text" });
            Assert.Equal(ExitCodes.SomeInputsFailed, code);
        }
        finally { File.Delete(present); }
    }

    [Fact]
    public void Missing_gold_data_is_a_fatal_usage_error() =>
        Assert.Equal(ExitCodes.Fatal, Sitrep.Cli.Cli.Run(["eval", "tokens", "--gold", "/nonexistent/gold.conllu"]));

    [Fact]
    public void A_bad_published_date_is_a_fatal_usage_error() =>
        Assert.Equal(ExitCodes.Fatal, RunCommand.Execute(new RunCommand.RunOptions { Paths = ["x"], Published = "last Tuesday" }));
}
