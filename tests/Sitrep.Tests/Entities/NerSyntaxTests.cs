using System.IO.Compression;
using System.Text;
using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Training.Entities;

namespace Sitrep.Tests.Entities;

public class NerSyntaxTests
{
    static readonly ActorLexicon Lexicon = Support.TestAnalyzer.Lexicon;

    /// <summary>A stand-in tagger and parser: capitalised words are proper nouns in a flat chain headed by the first; everything else hangs on the last word.</summary>
    static Doc Analyse(string text, int[] starts, int[] ends)
    {
        var doc = new Doc(text);
        doc.SetTokens(starts, ends);
        int n = starts.Length;
        for (int i = 0; i < n; i++)
        {
            bool cap = char.IsUpper(text[starts[i]]);
            doc.Upos[i] = cap ? UPos.PROPN : UPos.VERB;
            bool chained = cap && i > 0 && char.IsUpper(text[starts[i - 1]]);
            int chainStart = i;
            while (chained && chainStart > 0 && char.IsUpper(text[starts[chainStart - 1]])) chainStart--;
            doc.Head[i] = chained ? chainStart : i == n - 1 ? -1 : n - 1;
            doc.Deprel[i] = chained ? "flat" : i == n - 1 ? "root" : cap ? "nsubj" : "dep";
            doc.Lemma[i] = text[starts[i]..ends[i]].ToLowerInvariant();
        }
        return doc;
    }

    static int KeyCount(NerFeatures features, NerSyntax syntax)
    {
        var (text, starts, ends) = SpaceJoined.Join("Maria Lopez visited Lima".Split(' '));
        var buffer = new NerFeatures.Buffer();
        features.Extract(buffer, text, starts, ends, 0, starts.Length, [], syntax);
        int count = 0;
        for (int i = 0; i < buffer.Count; i++) count += buffer.StaticKeys(i).Length;
        return count;
    }

    [Fact]
    public void Syntax_features_come_only_with_the_flag_and_a_parse()
    {
        var (text, starts, ends) = SpaceJoined.Join("Maria Lopez visited Lima".Split(' '));
        var doc = Analyse(text, starts, ends);
        int plain = KeyCount(new NerFeatures(Lexicon), NerSyntax.Of(doc));
        var withSyntax = new NerFeatures(Lexicon, extras: NerExtraFeatures.Syntax);
        Assert.Equal(plain, KeyCount(withSyntax, default));
        Assert.True(KeyCount(withSyntax, NerSyntax.Of(doc)) > plain);
    }

    [Fact]
    public void A_pipeline_without_a_parser_refuses_a_syntax_model_by_name_of_the_missing_layer()
    {
        NerSentence[] tiny = [new("Maria Lopez visited Lima .".Split(' '), [new NerSpan("PER", 0, 2), new NerSpan("GPE", 3, 4)])];
        var model = new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 1, MinFeatureCount = 1 }, extras: NerExtraFeatures.Syntax)
            .Train(tiny, analyse: Analyse);
        var ner = new NerStage(new NerTagger(model, Lexicon));
        var error = Assert.Throws<InvalidOperationException>(() => new Sitrep.Pipeline.DocPipeline([new Sitrep.Language.Tokenization.TokenizerStage(), ner]));
        Assert.Contains("requires tags, deps", error.Message);
    }

    [Fact]
    public void A_syntax_model_remembers_it_and_predicts_the_same_after_loading()
    {
        NerSentence[] tiny =
        [
            new("Maria Lopez visited Lima .".Split(' '), [new NerSpan("PER", 0, 2), new NerSpan("GPE", 3, 4)]),
            new("Peter Novak left Prague .".Split(' '), [new NerSpan("PER", 0, 2), new NerSpan("GPE", 3, 4)]),
        ];
        var model = new NerTrainer(Lexicon, new NerTrainOptions { Epochs = 3, MinFeatureCount = 1, Viterbi = true }, extras: NerExtraFeatures.Syntax)
            .Train(tiny, analyse: Analyse);
        Assert.True(model.UsesPos);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.True(loaded.Success, loaded.Error);
            Assert.Equal(NerExtraFeatures.Syntax, loaded.Model!.Extras);
            Assert.True(loaded.Model.UsesViterbi);
            string[] words = "Peter Novak visited Lima .".Split(' ');
            Assert.Equal(Spans(model, words), Spans(loaded.Model, words));
        }
        finally { File.Delete(path); }
    }

    static string[] Spans(NerModel model, string[] words)
    {
        var (text, starts, ends) = SpaceJoined.Join(words);
        var doc = Analyse(text, starts, ends);
        doc.SetSentenceStarts([]);
        new NerTagger(model, Lexicon).Tag(doc);
        return [.. doc.EntitySpans.Select(s => $"{s.Label}:{s.TextString}")];
    }

    [Fact]
    public void A_format_2_model_with_one_flags_byte_still_loads()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            using (var gz = new GZipStream(file, CompressionLevel.Fastest))
            using (var w = new BinaryWriter(gz, Encoding.UTF8))
            {
                w.Write("SITREP-NER");
                w.Write(2);
                w.Write(NerFeatures.TemplateVersion);
                w.Write((byte)(1 | ((int)NerExtraFeatures.KnownOrgs << 2) | 128));
                w.Write(NerLabels.TagCount);
                for (int t = 0; t < NerLabels.TagCount; t++) w.Write(NerLabels.Name(t));
                w.Write(0);
            }
            var loaded = NerModel.Load(path);
            Assert.True(loaded.Success, loaded.Error);
            Assert.True(loaded.Model!.UsesPos);
            Assert.True(loaded.Model.UsesViterbi);
            Assert.Equal(NerExtraFeatures.KnownOrgs, loaded.Model.Extras);
        }
        finally { File.Delete(path); }
    }
}
