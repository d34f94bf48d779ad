using Sitrep.Documents;
using Sitrep.Language.Lemmatization;
using Sitrep.Learning;
using Sitrep.Pipeline;

namespace Sitrep.Language.Tagging;

/// <summary>Assigns UPOS, XPOS and lemmas, sentence by sentence.</summary>
internal sealed class TaggerStage(Tagger tagger, Lemmatizer? lemmatizer) : IStage
{
    [ThreadStatic] static int[]? t_classes;

    public string Name => "tagger";
    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences];
    public IReadOnlyList<string> Assigns => lemmatizer is null ? [Layers.Tags] : [Layers.Tags, Layers.Lemmas];

    /// <summary>The stage with models/tagger (and models/lemmatizer if present); null without a tagger model.</summary>
    public static TaggerStage? Create(AnalyzerOptions options)
    {
        var taggerPath = Path.Combine(options.ModelsDirectory, Tagger.Kind, ModelFile.DefaultFileName);
        var lemmatizerPath = Path.Combine(options.ModelsDirectory, Lemmatizer.Kind, ModelFile.DefaultFileName);
        if (!File.Exists(taggerPath)) return null;
        var tagger = Tagger.Load(taggerPath, options.CacheDirectory).GetValueOrThrow();
        var lemmatizer = File.Exists(lemmatizerPath) ? Lemmatizer.Load(lemmatizerPath).GetValueOrThrow() : null;
        return new TaggerStage(tagger, lemmatizer);
    }

    public void Process(Doc doc)
    {
        foreach (var sentence in doc.Sentences)
        {
            int start = sentence.StartToken, n = sentence.EndToken - start;
            var classes = t_classes is { } c && c.Length >= n ? c : t_classes = new int[Math.Max(64, n * 2)];
            var starts = doc.TokenStarts.Slice(start, n);
            var ends = doc.TokenEnds.Slice(start, n);
            tagger.Tag(doc.Text, starts, ends, classes);
            for (int i = 0; i < n; i++)
            {
                int t = start + i;
                doc.Upos[t] = tagger.Upos[classes[i]];
                doc.Xpos[t] = tagger.Xpos[classes[i]];
                if (lemmatizer is not null)
                    doc.Lemma[t] = lemmatizer.Lemmatize(doc.Text.AsSpan(starts[i], ends[i] - starts[i]), doc.Upos[t]);
            }
        }
    }
}
