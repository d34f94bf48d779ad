using Sitrep.Documents;
using Sitrep.Language.Lemmatization;
using Sitrep.Training.Language;

namespace Sitrep.Tests.Language.Lemmatization;

public sealed class LemmatizerTests
{
    static readonly Lemmatizer Model = LemmatizerTrainer.Train(TinyTreebank.Sentences());

    [Theory]
    [InlineData("The", UPos.DET, "the")]        // seen, lowercased by its table entry
    [InlineData("men", UPos.NOUN, "man")]       // seen irregular
    [InlineData("is", UPos.AUX, "be")]
    [InlineData("bombed", UPos.VERB, "bomb")]   // unseen: -ed rule learned from walked/attacked/...
    [InlineData("Kabul", UPos.PROPN, "Kabul")]
    [InlineData("Herat", UPos.PROPN, "Herat")]  // unseen proper noun keeps its form
    [InlineData("Tanks", UPos.NOUN, "tank")]    // unseen plural: lowercase, strip s
    public void Lemmatises_seen_and_unseen_words(string form, UPos upos, string lemma) =>
        Assert.Equal(lemma, Model.Lemmatize(form, upos));

    [Theory]
    [InlineData("walked", "walk", "l|2|")]
    [InlineData("The", "the", "l|0|")]
    [InlineData("men", "man", "l|2|an")]
    [InlineData("Kabul", "Kabul", "k|0|")]
    public void Edit_scripts_are_learned_and_applied(string form, string lemma, string script)
    {
        var learned = EditScript.Learn(form, lemma);
        Assert.Equal(script, learned.ToString());
        Assert.Equal(lemma, learned!.Value.Apply(form));
        Assert.Equal(learned, EditScript.Parse(script));
    }

    [Fact]
    public void Words_sharing_nothing_with_their_lemma_have_no_script() => Assert.Null(EditScript.Learn("was", "be"));

    [Fact]
    public void Saved_and_reloaded_model_lemmatises_the_same()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-lemma-{Environment.ProcessId}.bin");
        try
        {
            Model.Save(path);
            var reloaded = Lemmatizer.Load(path).GetValueOrThrow();
            foreach (var (form, upos) in new[] { ("walked", UPos.VERB), ("Soldiers", UPos.NOUN), ("issues", UPos.NOUN), ("Kabul", UPos.PROPN) })
                Assert.Equal(Model.Lemmatize(form, upos), reloaded.Lemmatize(form, upos));
        }
        finally { File.Delete(path); }
    }
}
