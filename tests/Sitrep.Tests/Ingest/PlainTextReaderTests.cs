namespace Sitrep.Tests.Ingest;

public class PlainTextReaderTests : ReaderTestBase
{
    [Fact]
    public void First_line_is_the_headline_when_short_without_final_period_and_followed_by_a_blank_line()
    {
        var path = Inputs.Write("a.txt", "Rebels Seize Border Town\r\n\r\nFighters took the town of Qalat on Monday.\r\n\r\nThree soldiers died.\r\n");
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(path)));
        Assert.Equal("Rebels Seize Border Town", doc.Info.Title);
        Assert.Equal("Fighters took the town of Qalat on Monday.\n\nThree soldiers died.", doc.Text);
        Assert.Equal(path, doc.Info.SourcePath);
        Assert.Equal("en", doc.Info.Language);
        Assert.Equal(Sitrep.Ingest.DocumentIds.Compute(doc.Info, doc.Text), doc.Info.Id);
    }

    [Theory]
    [InlineData("Fighters took the town of Qalat on Monday.\n\nThree soldiers died.")]
    [InlineData("Rebels seize a border town\nFighters took the town of Qalat on Monday.")]
    public void A_sentence_or_a_line_without_blank_line_after_it_is_not_a_headline(string text)
    {
        var doc = Assert.Single(TempInputs.Docs(TempInputs.Read(Inputs.Write("b.txt", text))));
        Assert.Null(doc.Info.Title);
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void Folders_are_read_recursively_in_path_order_and_housekeeping_files_are_skipped()
    {
        Inputs.Write("corpus/b/2.txt", "Second story text here.");
        Inputs.Write("corpus/a/1.txt", "First story text here.");
        Inputs.Write("corpus/README.txt", "About this corpus.");
        Inputs.Write("corpus/c/readme.notes.txt", "Third story text here.");
        var results = TempInputs.Read(Path.Combine(Inputs.Folder, "corpus"));
        Assert.Equal(["First story text here.", "Second story text here.", "Third story text here."], TempInputs.Docs(results).Select(d => d.Text));
        Assert.Single(results.OfType<Sitrep.Ingest.IngestSkipped>());
        Assert.Empty(TempInputs.Errors(results));
    }

    [Fact]
    public void Gzipped_text_and_tar_gz_entries_are_read_with_the_entry_as_locator()
    {
        var gz = Inputs.Write("story.txt.gz", TempInputs.Gzip("Troops withdrew from the valley on Friday."));
        Assert.Equal("Troops withdrew from the valley on Friday.", Assert.Single(TempInputs.Docs(TempInputs.Read(gz))).Text);

        var tgz = Inputs.Write("set.tar.gz", TempInputs.TarGz(("set/one.txt", "One story about a ceasefire."), ("set/two.txt", "Another story about talks.")));
        var docs = TempInputs.Docs(TempInputs.Read(tgz));
        Assert.Equal(["set/one.txt", "set/two.txt"], docs.Select(d => d.Info.Locator));
        Assert.All(docs, d => Assert.Equal(tgz, d.Info.SourcePath));
    }
}
