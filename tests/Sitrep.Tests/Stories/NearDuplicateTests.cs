using Microsoft.Data.Sqlite;
using Sitrep.Storage;
using Sitrep.Stories;
using Sitrep.Tests.Storage;

namespace Sitrep.Tests.Stories;

public class NearDuplicateTests
{
    static Fingerprint Print(string text) => Fingerprint.Of("t", text, new NearDuplicateOptions())!;

    [Fact]
    public void An_edited_copy_is_similar_and_an_unrelated_text_is_not()
    {
        var report = Print(StoryTexts.Report);
        Assert.True(report.Similarity(Print(StoryTexts.Edited)) >= new NearDuplicateOptions().Threshold);
        Assert.True(report.Similarity(Print(StoryTexts.Unrelated)) < 0.1);
        Assert.Equal(1.0, report.Similarity(Print(StoryTexts.Report)));
    }

    [Fact]
    public void Signatures_estimate_jaccard_similarity()
    {
        var a = Enumerable.Range(0, 400).Select(i => (ulong)i * 7919).ToArray();
        var b = a.Take(300).Concat(Enumerable.Range(1000, 100).Select(i => (ulong)i * 7919)).ToArray();   // Jaccard 300/500
        double estimate = MinHash.Similarity(MinHash.Default.Signature(a), MinHash.Default.Signature(b));
        Assert.InRange(estimate, 0.5, 0.7);
    }

    [Fact]
    public void A_text_too_short_to_compare_has_no_fingerprint()
    {
        Assert.Null(Fingerprint.Of(null, "Rebels shelled Kirkuk.", new NearDuplicateOptions()));
    }

    [Fact]
    public void A_republished_copy_is_stored_once_with_both_locators_and_outlets()
    {
        using var db = new StoreFixtures.TempDb();
        using (var store = DocumentStore.Open(db.Path))
        {
            Assert.True(store.Save(StoryTexts.Doc(StoryTexts.Report, "wire.jsonl", publisher: "Wire")));
            Assert.False(store.Save(StoryTexts.Doc(StoryTexts.Edited, "daily.html", publisher: "Daily")));
            Assert.True(store.Save(StoryTexts.Doc(StoryTexts.Unrelated, "bank.txt")));
            Assert.Equal(2, store.GetStats().Documents);
            var copies = store.Locators().GroupBy(l => l.DocumentId).Single(g => g.Count() > 1);
            Assert.Equal(["Daily", "Wire"], copies.Select(l => l.Publisher).Order());
        }
    }

    [Fact]
    public void A_committed_near_duplicate_is_held_before_analysis()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path);
        var original = StoryTexts.Doc(StoryTexts.Report, "wire.jsonl");
        store.Save(original);
        store.Flush();
        Assert.True(store.Holds(StoryTexts.Doc(StoryTexts.Edited, "daily.html")));
        Assert.False(store.Holds(StoryTexts.Doc(StoryTexts.Unrelated, "bank.txt")));
        Assert.Equal(store.FindDocumentJson(original.Info.Id), store.FindStoredJson(StoryTexts.Doc(StoryTexts.Edited, "daily.html")));
    }

    [Fact]
    public void Near_duplicate_detection_can_be_turned_off_by_threshold()
    {
        using var db = new StoreFixtures.TempDb();
        using var store = DocumentStore.Open(db.Path, new StoreOptions { NearDuplicates = new NearDuplicateOptions { Threshold = 1.01 } });
        Assert.True(store.Save(StoryTexts.Doc(StoryTexts.Report, "wire.jsonl")));
        Assert.True(store.Save(StoryTexts.Doc(StoryTexts.Edited, "daily.html")));
    }
}
