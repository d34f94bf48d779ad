using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Training.Entities;
using Sitrep.Training.Entities.Corpora;

namespace Sitrep.Tests.Entities;

public class NerCorporaTests
{
    /// <summary>Writes <paramref name="lines"/> to a temporary file named <paramref name="name"/> and reads it with format detection.</summary>
    static (NerFormat Format, NerCorpus Corpus) ReadDetected(string name, params string[] lines)
    {
        var dir = Directory.CreateTempSubdirectory("nercorpora");
        try
        {
            var path = Path.Combine(dir.FullName, name);
            File.WriteAllLines(path, lines);
            var format = NerCorpusReader.Detect(path);
            return (format, NerCorpusReader.Read(path, format));
        }
        finally { dir.Delete(recursive: true); }
    }

    static string Show(NerSentence s) => string.Join(" ", s.Spans.Select(x => $"{x.Type}:{string.Join('_', s.Words[x.Start..x.End])}"));

    [Fact]
    public void Btc_leaves_a_mentions_at_sign_out_of_the_name_and_makes_each_tweet_a_document()
    {
        var (format, corpus) = ReadDetected("btc.sample", "@\tB-PER", "janedoe\tB-PER", "in\tO", "Leeds\tB-LOC", "", "@\tO", "acme\tB-ORG", "");
        Assert.Equal(NerFormat.Btc, format);
        Assert.Equal(["PER:janedoe LOC:Leeds", "ORG:acme"], corpus.Sentences.Select(Show));
        Assert.All(corpus.Sentences, s => Assert.True(s.DocumentStart));
        Assert.Equal(["LOC", "ORG", "PER"], NerCorpusReader.Scheme(format).Order());
    }

    [Fact]
    public void CrossNer_fine_types_map_to_conll_types_and_non_names_are_dropped()
    {
        var (format, corpus) = ReadDetected("test.txt",
            "Ada\tB-scientist", "Lovelace\tI-scientist", "studied\tO", "algebra\tB-discipline", "in\tO", "England\tB-country", "for\tO",
            "the\tO", "Royal\tB-organisation", "Society\tI-organisation", "and\tO", "a\tO", "German\tB-misc", "prize\tB-award", "");
        Assert.Equal(NerFormat.CrossNer, format);
        Assert.Equal("PER:Ada_Lovelace LOC:England ORG:Royal_Society MISC:German MISC:prize", Show(corpus.Sentences.Single()));
    }

    [Fact]
    public void WikiAnn_tokens_lose_their_language_prefix()
    {
        var (format, corpus) = ReadDetected("train", "en:Kofi\tB-PER", "en:Annan\tI-PER", "en:(\tO", "");
        Assert.Equal(NerFormat.WikiAnn, format);
        Assert.Equal(["Kofi", "Annan", "("], corpus.Sentences.Single().Words);
        Assert.Equal("PER:Kofi_Annan", Show(corpus.Sentences.Single()));
    }

    [Fact]
    public void Uner_train_reads_oth_as_misc_and_drops_b_o_artefacts()
    {
        var (format, corpus) = ReadDetected("en_ewt-ud-train.early.iob2",
            "# newdoc id = d1", "# sent_id = d1-1", "# text = The Iraqi army left Basra .",
            "1\tThe\tO", "2\tIraqi\tB-OTH\t-\tx", "3\tarmy\tO", "4\tleft\tO", "5\tBasra\tB-LOC\t-\tx", "6\t.\tB-O\t-\tx", "");
        Assert.Equal(NerFormat.UnerTrain, format);
        Assert.Equal("MISC:Iraqi LOC:Basra", Show(corpus.Sentences.Single()));
    }

    [Fact]
    public void Training_refines_listed_places_to_gpe_and_demonyms_to_norp_but_leaves_other_spans()
    {
        var words = "The German firm Acme opened in France near Lake Nowhere".Split(' ');
        var coarse = new NerSentence(words, [new("MISC", 1, 2), new("ORG", 3, 4), new("LOC", 6, 7), new("LOC", 8, 10)]);
        var fine = FineTypes.Refine(coarse, ActorLexicon.Load(Path.Combine(Support.SharedData.RepoRoot, "deps", "npm", "node_modules")));
        Assert.Equal("NORP:German ORG:Acme GPE:France LOC:Lake_Nowhere", Show(fine));
    }
}
