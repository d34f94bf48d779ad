namespace Sitrep.Language.Tokenization;

/// <summary>Splits a text into whitespace-free chunks, yielded as <see cref="TextRange"/>s.</summary>
internal static class PreTokenizer
{
    public static ChunkEnumerator Split(ReadOnlySpan<char> text) => new(text);

    public ref struct ChunkEnumerator(ReadOnlySpan<char> text)
    {
        readonly ReadOnlySpan<char> _text = text;
        int _next;

        public TextRange Current { get; private set; }

        public readonly ChunkEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            int i = _next;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length)
            {
                _next = i;
                return false;
            }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            Current = new TextRange(start, i - start);
            _next = i;
            return true;
        }
    }
}
