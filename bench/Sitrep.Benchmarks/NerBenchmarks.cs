using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Entities.Resolution;
using Sitrep.Pipeline;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Entities;

namespace Sitrep.Benchmarks;

/// <summary>NER tagging and entity resolution over a news-like document of ~2,000 tokens (tokens/s = Tokens / mean time).</summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    const string Paragraph =
        "Government troops and allied militias pushed north of Aleppo on Tuesday , the Syrian Observatory for Human Rights said . " +
        "The United Nations envoy Geir Pedersen told reporters in Geneva that talks would resume next month . " +
        "Rebel commanders said they had lost two villages near the Turkish border to the advancing forces . " +
        "Russian warplanes struck targets in Idlib province , according to a statement from the Ministry of Defence in Moscow . " +
        "Aid groups including the International Committee of the Red Cross warned of a new wave of displaced families . ";

    static readonly ActorLexicon Lexicon = ActorLexicon.Load(DefaultLocations.Npm);
    static readonly NerTagger Tagger = new(
        NerModel.Load(NerStage.ModelPath(DefaultLocations.Models)).Model
            ?? throw new InvalidOperationException("models/ner/model.bin is missing"),
        Lexicon);
    static readonly EntityResolver Resolver = new(Lexicon);
    static readonly Doc Sample = Build(string.Concat(Enumerable.Repeat(Paragraph, 20)));

    public static int Tokens => Sample.Count;

    static Doc Build(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var doc = NerEvaluator.ToDoc(words);
        doc.SetSentenceStarts(Enumerable.Range(1, words.Length - 1).Where(i => words[i - 1] == "."));
        // A model with POS (syntax) features reads the tagger's UPOS (parser's heads), as in the pipeline (tagging and parsing are not timed here).
        NerPosTagging.For(Tagger.Model, DefaultLocations.Models, out _)?.Tag(doc);
        return doc;
    }

    [Benchmark]
    public int Tag()
    {
        Tagger.Tag(Sample);
        return Sample.EntityIob[^2];
    }

    [Benchmark]
    public int TagAndResolve()
    {
        Tagger.Tag(Sample);
        Resolver.Resolve(Sample);
        return Sample.Entities.Count;
    }
}
