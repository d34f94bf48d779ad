using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Ingest.Html;
using Sitrep.Evaluation.Ingest;

namespace Sitrep.Tests.Ingest;

public class SegmentPresenceTests
{
    [Fact]
    public void With_segments_found_are_true_positives_and_without_segments_found_are_false_positives()
    {
        var m = new SegmentPresence();
        var page = new SegmentPage("a.html", "", With: ["Troops left  the city", "on Monday"], Without: ["Cookie policy", "Subscribe"]);
        m.Add(page, "Troops left\nthe city at dawn.\n\nSubscribe now");
        // TP 1, FN 1, FP 1, TN 1.
        Assert.Equal((0.5, 0.5, 0.5, 0.5), (m.Precision, m.Recall, m.F1, m.Accuracy));
    }

    [Fact]
    public void Empty_output_finds_no_with_segment()
    {
        var m = new SegmentPresence();
        m.Add(new SegmentPage("a.html", "", ["Troops left"], ["Subscribe"]), "");
        Assert.Equal((0.0, 0.0, 0.5), (m.Recall, m.Precision, m.Accuracy));
    }

    [Fact]
    public void A_segment_folder_is_read_with_each_page_decoded_by_its_declared_charset()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-segments").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, SegmentGold.GoldFileName),
                """{ "https://example.org/a": { "file": "a.html", "with": ["Grüße aus Köln"], "without": ["Impressum"] } }""");
            var html = """<html><head><meta charset="iso-8859-1"></head><body><p>Grüße aus Köln</p></body></html>""";
            using (var file = File.Create(Path.Combine(folder, "pages.tar.gz")))
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            using (var tar = new TarWriter(gzip))
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, "html/a.html") { DataStream = new MemoryStream(Encoding.Latin1.GetBytes(html)) };
                tar.WriteEntry(entry);
            }
            Assert.True(SegmentGold.IsSegmentFolder(folder));
            var page = Assert.Single(SegmentGold.Read(folder));
            Assert.Contains("Grüße aus Köln", page.Html);
            Assert.Equal(["Impressum"], page.Without);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
