using Sitrep.Documents;
using Sitrep.Learning;
using Sitrep.Pipeline;

namespace Sitrep.Language.Parsing;

/// <summary>Assigns heads and relations sentence by sentence; reads the tagger's UPOS and XPOS.</summary>
internal sealed class ParserStage(Parser parser) : IStage
{
    [ThreadStatic] static Buffers? t_buffers;

    public string Name => "parser";
    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences, Layers.Tags];
    public IReadOnlyList<string> Assigns => [Layers.Dependencies];

    /// <summary>The stage with models/parser; null without it.</summary>
    public static ParserStage? Create(AnalyzerOptions options)
    {
        var path = Path.Combine(options.ModelsDirectory, Parser.Kind, ModelFile.DefaultFileName);
        return File.Exists(path) ? new ParserStage(Parser.Load(path, options.CacheDirectory).GetValueOrThrow()) : null;
    }

    public void Process(Doc doc)
    {
        var b = t_buffers ??= new Buffers();
        foreach (var sentence in doc.Sentences)
        {
            int start = sentence.StartToken, n = sentence.EndToken - start;
            b.Ensure(n);
            for (int i = 0; i < n; i++)
                b.Tags[i] = FeatureHash.Of(doc.Upos[start + i].Name(), '\t', doc.Xpos[start + i] ?? "_");
            parser.Parse(doc.Text, doc.TokenStarts.Slice(start, n), doc.TokenEnds.Slice(start, n), b.Tags.AsSpan(0, n), b.Heads, b.Labels);
            for (int i = 0; i < n; i++)
            {
                doc.Head[start + i] = b.Heads[i] < 0 ? -1 : start + b.Heads[i];
                doc.Deprel[start + i] = b.Labels[i];
            }
        }
    }

    sealed class Buffers
    {
        public ulong[] Tags = new ulong[64];
        public int[] Heads = new int[64];
        public string[] Labels = new string[64];

        public void Ensure(int n)
        {
            if (Tags.Length >= n) return;
            Tags = new ulong[n * 2]; Heads = new int[n * 2]; Labels = new string[n * 2];
        }
    }
}
