using Sitrep.Language.Tagging;

namespace Sitrep.Tests.Language.Tagging;

public sealed class WordNetLexiconTests : TempFolderTest
{
    const int Plural = 16, ThirdPerson = 32, Past = 64, Gerund = 128, Comparative = 256, Superlative = 512, FromAdjective = 1024;

    // A few index lines in WordNet's format, with a licence-style header line that must be skipped.
    WordNetLexicon Lexicon()
    {
        File.WriteAllLines(Path.Combine(Dir, "index.noun"), ["  1 header line", "dog n 1 0 1 0 0001", "box n 1 0 1 0 0002", "fly n 1 0 1 0 0003", "ice_cream n 1 0 1 0 0004"]);
        File.WriteAllLines(Path.Combine(Dir, "index.verb"), ["stop v 1 0 1 0 0005", "hope v 1 0 1 0 0006", "try v 1 0 1 0 0007", "fly v 1 0 1 0 0008", "make v 1 0 1 0 0009"]);
        File.WriteAllLines(Path.Combine(Dir, "index.adj"), ["big a 1 0 1 0 0010", "happy a 1 0 1 0 0011", "quick a 1 0 1 0 0012"]);
        File.WriteAllLines(Path.Combine(Dir, "index.adv"), ["fast r 1 0 1 0 0013"]);
        return WordNetLexicon.FromDirectory(Dir);
    }

    [Fact]
    public void Reads_single_word_lemmas_with_their_classes()
    {
        var lex = Lexicon();
        Assert.Equal(11, lex.Count);   // ice_cream is left out
        Assert.Equal(WordNetLexicon.Noun | WordNetLexicon.Verb, lex.Classes("fly"));
        Assert.Equal(WordNetLexicon.Adverb, lex.Classes("fast"));
        Assert.Equal(0, lex.Classes("the"));
    }

    [Theory]
    [InlineData("dogs", Plural)]
    [InlineData("boxes", Plural)]
    [InlineData("flies", Plural | ThirdPerson)]
    [InlineData("stopped", Past)]
    [InlineData("hoped", Past)]
    [InlineData("tried", Past)]
    [InlineData("making", Gerund)]
    [InlineData("bigger", Comparative)]
    [InlineData("happiest", Superlative)]
    [InlineData("quickly", FromAdjective)]
    [InlineData("happily", FromAdjective)]
    public void Recognises_regular_inflections_of_known_lemmas(string word, int bit)
        => Assert.Equal(bit, Lexicon().Classes(word) & ~15);

    [Fact]
    public void Round_trips_through_a_model_file_payload()
    {
        var lex = Lexicon();
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) lex.Write(w);
        stream.Position = 0;
        var back = WordNetLexicon.Read(new BinaryReader(stream));
        Assert.Equal(lex.Count, back.Count);
        foreach (var word in new[] { "flies", "tried", "happily", "fast", "unknown" }) Assert.Equal(lex.Classes(word), back.Classes(word));
    }
}
