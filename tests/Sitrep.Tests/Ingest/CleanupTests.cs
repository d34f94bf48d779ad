using Sitrep.Ingest.Cleanup;

namespace Sitrep.Tests.Ingest;

public class CleanupTests
{
    [Fact]
    public void Normalise_unifies_line_endings_spaces_and_paragraph_breaks()
    {
        Assert.Equal("One two.\nThree.\n\nFour.", TextCleaner.Normalise("  One\u00A0\t two.  \r\nThree.\r\n\r\n\r\n\n  Four.\u200B  \n"));
    }

    [Theory]
    [InlineData("Please let us know if you're having issues with commenting.", "comment-prompt")]
    [InlineData("Join the conversation", "comment-prompt")]
    [InlineData("Share this article", "share")]
    [InlineData("Facebook Twitter Email", "share")]
    [InlineData("Follow us on Twitter for updates", "follow")]
    [InlineData("Sign up for our daily newsletter", "subscribe")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("Story continues below advertisement", "advertisement")]
    [InlineData("© 2024 Example Media. All rights reserved.", "copyright")]
    [InlineData("Photo: Jane Roe/AFP", "photo-credit")]
    [InlineData("Read more: Talks resume in Geneva", "related-links")]
    public void Furniture_paragraphs_are_dropped_with_their_reason(string furniture, string reason)
    {
        var cleaned = TextCleaner.Clean($"Troops entered the town.\n\n{furniture}\n\nThe mayor fled.");
        Assert.Equal("Troops entered the town.\n\nThe mayor fled.", cleaned.Text);
        var dropped = Assert.Single(cleaned.Dropped);
        Assert.Equal((furniture, reason), (dropped.Text, dropped.Reason));
    }

    [Theory]
    [InlineData("Related to the unrest, three ministers resigned on Friday.")]
    [InlineData("Follow-up talks are planned for next week in Oslo.")]
    [InlineData("The advertisement campaign was banned by the election commission.")]
    [InlineData("Share prices fell 4% after the attack on the pipeline.")]
    [InlineData("Readers of the newsletter were told to stay indoors.")]
    public void Body_sentences_that_merely_start_like_furniture_are_kept(string sentence)
    {
        var cleaned = TextCleaner.Clean(sentence);
        Assert.Equal(sentence, cleaned.Text);
        Assert.Empty(cleaned.Dropped);
        Assert.Empty(cleaned.Captions);
    }

    [Theory]
    [InlineData("TOPSHOT - Smoke rises over the harbour of Hodeidah on May 3, 2019 after an air strike.")]
    [InlineData("Displaced families wait for food near Goma on June 1. (AFP PHOTO / Jean Dupont)")]
    [InlineData("Police stand guard outside the court in Dhaka. (Photo by Rafi Khan/AFP via Getty Images)")]
    public void Captions_move_out_of_the_body(string caption)
    {
        var cleaned = TextCleaner.Clean($"{caption}\n\nThe strike killed four people.");
        Assert.Equal("The strike killed four people.", cleaned.Text);
        Assert.Equal([caption], cleaned.Captions);
        Assert.Empty(cleaned.Dropped);
    }

    [Fact]
    public void Furniture_lines_inside_a_paragraph_are_dropped_alone()
    {
        var cleaned = TextCleaner.Clean("Two soldiers were wounded.\nAdvertisement\nThe army denied it.");
        Assert.Equal("Two soldiers were wounded.\nThe army denied it.", cleaned.Text);
        Assert.Equal("advertisement", Assert.Single(cleaned.Dropped).Reason);
    }
}
