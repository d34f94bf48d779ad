using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Language.Tokenization;

/// <summary>Splits the text into tokens and sentences. (Placeholder: whitespace and punctuation only.)</summary>
public sealed class TokenizerStage : IStage
{
    public string Name => "tokenizer";
    public IReadOnlyList<string> Requires => [];
    public IReadOnlyList<string> Assigns => [Layers.Tokens, Layers.Sentences];

    public void Process(Doc doc)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var sentenceStarts = new List<int>();
        var text = doc.Text;
        int i = 0;
        bool newSentence = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(text[i]))
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            else i++;
            if (newSentence) { sentenceStarts.Add(starts.Count); newSentence = false; }
            starts.Add(s);
            ends.Add(i);
            if (text[s] is '.' or '!' or '?') newSentence = true;
        }
        doc.SetTokens([.. starts], [.. ends]);
        doc.SetSentenceStarts(sentenceStarts);
    }
}
