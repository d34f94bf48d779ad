using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Language.Tokenization;

/// <summary>Splits the text into tokens and sentences (see docs/tokenization.md).</summary>
internal sealed class TokenizerStage(Tokenizer tokenizer) : IStage
{
    public TokenizerStage() : this(Tokenizer.English) { }

    public string Name => "tokenizer";
    public IReadOnlyList<string> Requires => [];
    public IReadOnlyList<string> Assigns => [Layers.Tokens, Layers.Sentences];

    public void Process(Doc doc)
    {
        var tokens = new TokenBuffer(doc.Text.Length / 5 + 16);
        tokenizer.Tokenize(doc.Text, tokens);
        doc.SetTokens(tokens.Starts.ToArray(), tokens.Ends.ToArray());
        doc.SetSentenceStarts(SentenceSplitter.Split(doc.Text, tokens.Starts, tokens.Ends));
    }
}
