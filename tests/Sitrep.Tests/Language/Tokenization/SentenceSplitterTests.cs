using Sitrep.Documents;
using Sitrep.Language.Tokenization;

namespace Sitrep.Tests.Language.Tokenization;

/// <summary>One case per sentence rule; expected sentences are given by their start offsets.</summary>
public class SentenceSplitterTests
{
    static int[] SentenceStarts(string text)
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        return [.. doc.Sentences.Select(s => s.StartChar)];
    }

    [Theory]
    [InlineData("Troops left. Aid came.", new[] { 0, 13 })]
    [InlineData("Why? Nobody knows! It ended…", new[] { 0, 5, 19 })]
    // Closing quotes and brackets after the period stay in the sentence.
    [InlineData("\"We won.\" The crowd cheered.", new[] { 0, 10 })]
    [InlineData("He spoke (briefly.) Then left.", new[] { 0, 20 })]
    // An opening quote after the space starts the next sentence.
    [InlineData("He left. \"Good,\" she said.", new[] { 0, 9 })]
    // Abbreviations, initials and numbers do not end sentences.
    [InlineData("Gen. Ali and Mr. Ng met on Oct. 5 in the U.S. capital.", new[] { 0 })]
    [InlineData("J. R. R. Tolkien wrote it.", new[] { 0 })]
    [InlineData("It rose 4.5 percent. Oil fell.", new[] { 0, 21 })]
    // ...unless the abbreviation ends the sentence.
    [InlineData("They met at Acme Inc. The deal failed.", new[] { 0, 22 })]
    // A lower-case word after a period continues the sentence.
    [InlineData("The vote was 3 vs. 2. and it passed.", new[] { 0 })]
    [InlineData("\"Stop!\" he shouted.", new[] { 0 })]
    // Paragraph breaks and headlines always split.
    [InlineData("First part\n\nSecond part", new[] { 0, 12 })]
    [InlineData("Rebels seize town\nRebels seized the town on Monday.", new[] { 0, 18 })]
    [InlineData("Key points\n- Aid arrived\n- Roads reopened", new[] { 0, 11, 25 })]
    // A wrapped line inside a sentence does not split.
    [InlineData("the soldiers said they had seen the convoy leave the town\nbefore dawn.", new[] { 0 })]
    // Citation marks stay with the sentence before them; a section number is not a sentence end.
    [InlineData("He died in 2014. [4] His son lives.", new[] { 0, 21 })]
    [InlineData("2. Methods used here", new[] { 0 })]
    // A dateline stays with its sentence.
    [InlineData("BAGHDAD (Reuters) - Five people died. Police said so.", new[] { 0, 38 })]
    public void Splits_at_exact_offsets(string text, int[] expected) =>
        Assert.Equal(expected, SentenceStarts(text));

    [Fact]
    public void No_tokens_no_sentences() => Assert.Empty(SentenceStarts("  \n "));
}
