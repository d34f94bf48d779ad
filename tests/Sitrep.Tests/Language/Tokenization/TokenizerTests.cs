using Sitrep.Language.Tokenization;

namespace Sitrep.Tests.Language.Tokenization;

/// <summary>
/// One short sentence per tokenizer rule. Expected tokens are written "text@start", so every
/// offset is stated (in the manner of spaCy's test_indices).
/// </summary>
public class TokenizerTests
{
    [Theory]
    // Abbreviations keep their period; a sentence-final one gives it to the sentence.
    [InlineData("U.S. and U.K. troops", "U.S.@0 and@5 U.K.@9 troops@14")]
    [InlineData("Gen. Ali met Sen. Kerry", "Gen.@0 Ali@5 met@9 Sen.@13 Kerry@18")]
    [InlineData("Lt. Col. Smith", "Lt.@0 Col.@4 Smith@9")]
    [InlineData("Oct. 5 at 9 a.m. sharp", "Oct.@0 5@5 at@7 9@10 a.m.@12 sharp@17")]
    [InlineData("Mr. Ng of Acme Inc. said", "Mr.@0 Ng@4 of@7 Acme@10 Inc.@15 said@20")]
    [InlineData("He works at Acme Inc. The firm grew.", "He@0 works@3 at@9 Acme@12 Inc@17 .@20 The@22 firm@26 grew@31 .@35")]
    [InlineData("They left at 5 p.m.", "They@0 left@5 at@10 5@13 p.m@15 .@18")]
    [InlineData("Dr. Jones arrived", "Dr.@0 Jones@4 arrived@10")]
    // Initials.
    [InlineData("J. R. R. Tolkien wrote", "J.@0 R.@3 R.@6 Tolkien@9 wrote@17")]
    // Numbers.
    [InlineData("30,000 people and 45.5 tons", "30,000@0 people@7 and@14 45.5@18 tons@23")]
    [InlineData("in the 1990s it was 3-2", "in@0 the@3 1990s@7 it@13 was@16 3-2@20")]
    [InlineData("$5 or 10%", "$@0 5@1 or@3 10@6 %@8")]
    [InlineData("a 10km march", "a@0 10@2 km@4 march@7")]
    [InlineData("30 kms away", "30@0 kms@3 away@7")]
    // Hyphenated words and names stay whole.
    [InlineData("al-Shurah and U.S.-led forces", "al-Shurah@0 and@10 U.S.-led@14 forces@23")]
    [InlineData("the second-largest de-facto state", "the@0 second-largest@4 de-facto@19 state@28")]
    // Brackets.
    [InlineData("the group [ISIS] said", "the@0 group@4 [@10 ISIS@11 ]@15 said@17")]
    [InlineData("(Reuters)", "(@0 Reuters@1 )@8")]
    // Quotes, straight and curly.
    [InlineData("\"No,\" he said.", "\"@0 No@1 ,@3 \"@4 he@6 said@9 .@13")]
    [InlineData("“Yes.” ‘Fine’", "“@0 Yes@1 .@4 ”@5 ‘@7 Fine@8 ’@12")]
    // Contractions and possessives split as in UD English.
    [InlineData("don't", "do@0 n't@2")]
    [InlineData("Carter’s plan", "Carter@0 ’s@6 plan@9")]
    [InlineData("They'll say it's fine", "They@0 'll@4 say@8 it@12 's@14 fine@17")]
    [InlineData("I can't and won’t", "I@0 ca@2 n't@4 and@8 wo@12 n’t@14")]
    [InlineData("cannot", "can@0 not@3")]
    [InlineData("O'Brien's view", "O'Brien@0 's@7 view@10")]
    [InlineData("the parents' car", "the@0 parents@4 '@11 car@13")]
    // Ellipses.
    [InlineData("Wait... what…", "Wait@0 ...@4 what@8 …@12")]
    [InlineData("yes...no", "yes@0 ...@3 no@6")]
    // URLs, e-mail, handles, hashtags.
    [InlineData("See https://bbc.co.uk/news.", "See@0 https://bbc.co.uk/news@4 .@26")]
    [InlineData("(www.example.org)", "(@0 www.example.org@1 )@16")]
    [InlineData("Mail desk@example.com, or", "Mail@0 desk@example.com@5 ,@21 or@23")]
    [InlineData("Follow @newsdesk #Iraq!", "Follow@0 @newsdesk@7 #Iraq@17 !@22")]
    [InlineData("Amazon.com shares", "Amazon.com@0 shares@11")]
    // Dashes.
    [InlineData("war—and peace", "war@0 —@3 and@4 peace@8")]
    [InlineData("pages 10–12 and then–now", "pages@0 10–12@6 and@12 then@16 –@20 now@21")]
    [InlineData("so -- then", "so@0 --@3 then@6")]
    [InlineData("pre- and post-war", "pre-@0 and@5 post-war@9")]
    [InlineData("Great service- high class", "Great@0 service@6 -@13 high@15 class@20")]
    // Dateline.
    [InlineData("BAGHDAD (Reuters) - Troops", "BAGHDAD@0 (@8 Reuters@9 )@16 -@18 Troops@20")]
    // Section numbers opening a line; "No." before a number and as a word.
    [InlineData("2.1. Methods", "2.1.@0 Methods@5")]
    [InlineData("1. The start", "1.@0 The@3 start@7")]
    [InlineData("No. 5 won. No. I left", "No.@0 5@4 won@6 .@9 No@11 .@13 I@15 left@17")]
    // Punctuation runs and infixes.
    [InlineData("Really?! Yes!!", "Really@0 ?!@6 Yes@9 !!@12")]
    [InlineData("and/or", "and@0 /@3 or@4")]
    [InlineData("The end.Next day", "The@0 end@4 .@7 Next@8 day@13")]
    public void Tokenizes_with_exact_offsets(string text, string expected)
    {
        var tokens = Tokenizer.English.Tokenize(text);
        var actual = string.Join(' ', tokens.Select(t => $"{text.Substring(t.Offset, t.Length)}@{t.Offset}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Empty_and_whitespace_give_no_tokens()
    {
        Assert.Empty(Tokenizer.English.Tokenize(""));
        Assert.Empty(Tokenizer.English.Tokenize(" \n\t \u00A0"));
    }

    [Fact]
    public void Pre_tokenizer_yields_whitespace_free_ranges()
    {
        var ranges = new List<TextRange>();
        foreach (var r in PreTokenizer.Split("  a bc\n\nd ")) ranges.Add(r);
        Assert.Equal([new(2, 1), new(4, 2), new(8, 1)], ranges);
    }
}
