using CsCheck;
using Sitrep.Documents;
using Sitrep.Language.Tokenization;

namespace Sitrep.Tests.Language.Tokenization;

/// <summary>Invariants that hold for any text, checked on texts mixed from tricky pieces and random characters.</summary>
public class TokenizationPropertyTests
{
    static readonly string[] Pieces =
    [
        "U.S.", "Gen.", "don't", "Carter’s", "'s", "...", "…", "\n", "\n\n", " ", "  ", "http://x.org/a.", "a@b.com",
        "@h", "#t", "—", "–", "-", "--", "(", ")", "[", "]", "\"", "“", "”", "'", "’", "30,000", "4.5", "$", "%",
        ".", "!", "?", ",", ";", ":", "Inc.", "J.", "the", "The", "war", "10km", "al-", "\t", "\u00A0", "a.m.",
    ];

    static readonly Gen<string> Texts = Gen.Frequency(
            (3, (IGen<string>)Gen.OneOf(Pieces)),
            (1, Gen.Char["aZ9.,!?'\"’()-— \n…$%/&@#:;*x"].Select(c => c.ToString())),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Tokens_and_gaps_rebuild_the_text_exactly() => Texts.Sample(text =>
    {
        var tokens = Tokenizer.English.Tokenize(text);
        var rebuilt = new System.Text.StringBuilder();
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            var gap = text.AsSpan(previousEnd, t.Offset - previousEnd);
            Assert.True(gap.IsWhiteSpace(), $"non-space gap before token at {t.Offset} in {text}");
            rebuilt.Append(gap).Append(text.AsSpan(t.Offset, t.Length));
            previousEnd = t.End;
        }
        Assert.True(text.AsSpan(previousEnd).IsWhiteSpace());
        rebuilt.Append(text.AsSpan(previousEnd));
        Assert.Equal(text, rebuilt.ToString());
    });

    [Fact]
    public void Offsets_strictly_increase_and_tokens_hold_no_whitespace() => Texts.Sample(text =>
    {
        var tokens = Tokenizer.English.Tokenize(text);
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0 && t.Offset >= previousEnd, $"token at {t.Offset} in {text}");
            Assert.False(text.AsSpan(t.Offset, t.Length).ContainsAny(" \t\n\r\u00A0"), text);
            foreach (var c in text.AsSpan(t.Offset, t.Length)) Assert.False(char.IsWhiteSpace(c), text);
            previousEnd = t.End;
        }
    });

    [Fact]
    public void Sentences_cover_all_tokens_in_order() => Texts.Sample(text =>
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        int next = 0;
        foreach (var sentence in doc.Sentences)
        {
            Assert.Equal(next, sentence.StartToken);
            Assert.True(sentence.EndToken > sentence.StartToken);
            next = sentence.EndToken;
        }
        Assert.Equal(doc.Count, next);
    });
}
