namespace Sitrep.Language.Tokenization;

/// <summary>A piece of a text as an offset and a length: the tokenizer's output, no substring made.</summary>
internal readonly record struct TextRange(int Offset, int Length)
{
    public int End => Offset + Length;
}
