using System.Collections;
using System.Diagnostics;

namespace Sitrep.Documents;

/// <summary>
/// One document: the cleaned text and every annotation. Token-level annotations are columns
/// (one array per attribute, indexed by token); document-level ones are lists of records.
/// <see cref="Token"/> and <see cref="Span"/> are views that own nothing.
/// </summary>
public sealed class Doc : IReadOnlyList<Token>
{
    int[] _start = [], _end = [];
    int[] _sentenceStarts = [];
    bool[] _isSentenceStart = [];

    public Doc(string text, DocumentInfo? info = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Info = info ?? new DocumentInfo();
    }

    public string Text { get; }
    public DocumentInfo Info { get; }

    public int Count => _start.Length;
    public ReadOnlySpan<int> TokenStarts => _start;
    public ReadOnlySpan<int> TokenEnds => _end;

    // Columns written by the Language stage.
    public UPos[] Upos { get; private set; } = [];
    public string?[] Xpos { get; private set; } = [];
    public string?[] Lemma { get; private set; } = [];
    public int[] Head { get; private set; } = [];
    public string?[] Deprel { get; private set; } = [];

    // Columns written by NER: IOB (0 = O, 1 = B, 2 = I) and the entity type of B/I tokens.
    public byte[] EntityIob { get; private set; } = [];
    public string?[] EntityType { get; private set; } = [];

    public List<Entity> Entities { get; } = [];
    public List<Timex> Timexes { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<EventRecord> Events { get; } = [];

    readonly HashSet<string> _applied = new(StringComparer.Ordinal);

    /// <summary>The annotation layers the pipeline has applied (see <c>Pipeline.Layers</c>).</summary>
    public IReadOnlySet<string> AppliedLayers => _applied;

    /// <summary>Whether a stage assigned <paramref name="layer"/>: a column left at its default then means "none", not "not run".</summary>
    public bool Has(string layer) => _applied.Contains(layer);

    public void MarkApplied(IEnumerable<string> layers) => _applied.UnionWith(layers);

    /// <summary>Replaces the tokenisation; resets every token column. Offsets must increase and not overlap.</summary>
    public void SetTokens(int[] starts, int[] ends)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        if (starts.Length != ends.Length)
            throw new ArgumentException("token start and end arrays differ in length");
        int prevEnd = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] < prevEnd || ends[i] <= starts[i] || ends[i] > Text.Length)
                throw new ArgumentException($"token {i} [{starts[i]},{ends[i]}) is out of order or out of range");
            prevEnd = ends[i];
        }
        _start = starts;
        _end = ends;
        int n = starts.Length;
        Upos = new UPos[n];
        Xpos = new string?[n];
        Lemma = new string?[n];
        Head = new int[n];
        Array.Fill(Head, -1);
        Deprel = new string?[n];
        EntityIob = new byte[n];
        EntityType = new string?[n];
        _isSentenceStart = new bool[n];
        _sentenceStarts = n == 0 ? [] : [0];
        if (n > 0) _isSentenceStart[0] = true;
    }

    /// <summary>Sets sentence boundaries by their first token; token 0 always starts one.</summary>
    public void SetSentenceStarts(IEnumerable<int> startTokens)
    {
        var starts = new SortedSet<int>(startTokens.Where(i => i > 0 && i < Count));
        if (Count > 0) starts.Add(0);
        _sentenceStarts = [.. starts];
        Array.Clear(_isSentenceStart);
        foreach (var s in _sentenceStarts) _isSentenceStart[s] = true;
    }

    public bool IsSentenceStart(int token) => _isSentenceStart[token];

    public int SentenceCount => _sentenceStarts.Length;

    public Span Sentence(int i)
    {
        int start = _sentenceStarts[i];
        int end = i + 1 < _sentenceStarts.Length ? _sentenceStarts[i + 1] : Count;
        return new Span(this, start, end);
    }

    public IEnumerable<Span> Sentences
    {
        get { for (int i = 0; i < SentenceCount; i++) yield return Sentence(i); }
    }

    /// <summary>Index of the sentence holding <paramref name="token"/>.</summary>
    public int SentenceIndexOf(int token)
    {
        int i = Array.BinarySearch(_sentenceStarts, token);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Index of the token holding <paramref name="charOffset"/>, or of the next token after it (Count if none).</summary>
    public int TokenAtOrAfter(int charOffset)
    {
        int i = Array.BinarySearch(_end, charOffset + 1);
        i = i >= 0 ? i : ~i;
        Debug.Assert(i == Count || _end[i] > charOffset);
        return i;
    }

    /// <summary>The token span covering [startChar, endChar), widened to whole tokens.</summary>
    public Span SpanFromChars(int startChar, int endChar, string? label = null)
    {
        int s = TokenAtOrAfter(startChar);
        int e = s;
        while (e < Count && _start[e] < endChar) e++;
        return new Span(this, s, e, label);
    }

    /// <summary>The text an event's evidence offsets point into: its caption, or the body.</summary>
    public string EvidenceText(EventRecord e) => e.CaptionIndex is { } caption ? Info.Captions[caption] : Text;

    public Token this[int index] => (uint)index < (uint)Count ? new Token(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return new Token(this, i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Entity spans from the IOB columns.</summary>
    public IEnumerable<Span> EntitySpans
    {
        get
        {
            int i = 0;
            while (i < Count)
            {
                if (EntityIob[i] == 0) { i++; continue; }
                int s = i++;
                while (i < Count && EntityIob[i] == 2 && EntityType[i] == EntityType[s]) i++;
                yield return new Span(this, s, i, EntityType[s]);
            }
        }
    }
}
