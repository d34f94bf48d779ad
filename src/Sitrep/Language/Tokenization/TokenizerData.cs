using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Language.Tokenization;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>May end a sentence ("Inc.", "U.S."): a break follows only before a likely sentence opener.</summary>
    MayEndSentence,
    /// <summary>Comes before a name or number ("Gen.", "Oct."): never ends a sentence.</summary>
    Prenominal,
    /// <summary>Comes before a number ("No. 5", "Fig. 2"); before anything else it may end a sentence ("No. I won't").</summary>
    Numeral,
}

/// <summary>
/// The language data the tokenizer and sentence splitter read: plain lists in Language/English,
/// embedded in the assembly, parsed once into frozen sets probed with spans.
/// </summary>
internal sealed class TokenizerData
{
    static readonly Lazy<TokenizerData> LazyEnglish = new(() => Load("Language/English/"));

    public static TokenizerData English => LazyEnglish.Value;

    readonly FrozenDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _exceptions;
    readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _units;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _domains;

    TokenizerData(Dictionary<string, byte[]> exceptions, Dictionary<string, AbbreviationKind> abbreviations,
        IEnumerable<string> units, IEnumerable<string> starters, IEnumerable<string> domains)
    {
        _exceptions = exceptions.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _abbreviations = abbreviations.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _units = units.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = starters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _domains = domains.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxExceptionLength = exceptions.Keys.Max(k => k.Length);
    }

    public int MaxExceptionLength { get; }

    /// <summary>The lengths of the pieces <paramref name="chunk"/> splits into, if it is an exception.</summary>
    public bool TryGetException(ReadOnlySpan<char> chunk, out byte[] pieceLengths)
    {
        if (chunk.Length <= MaxExceptionLength && _exceptions.TryGetValue(chunk, out var lengths))
        {
            pieceLengths = lengths;
            return true;
        }
        pieceLengths = [];
        return false;
    }

    public bool TryGetAbbreviation(ReadOnlySpan<char> token, out AbbreviationKind kind) =>
        _abbreviations.TryGetValue(token, out kind);

    public bool IsUnit(ReadOnlySpan<char> text) => _units.Contains(text);
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);
    public bool IsTopLevelDomain(ReadOnlySpan<char> label) => _domains.Contains(label);

    static TokenizerData Load(string prefix)
    {
        var exceptions = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (line, where) in ReadList(prefix + "tokenizer-exceptions.txt"))
        {
            var parts = line.Split("->", StringSplitOptions.TrimEntries);
            var form = parts[0];
            var pieces = parts.Length > 1 ? parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [form];
            if (parts.Length > 2 || string.Concat(pieces) != form || pieces.Any(p => p.Length > byte.MaxValue))
                throw new InvalidDataException($"{where}: the pieces must concatenate to '{form}'");
            var lengths = pieces.Select(p => (byte)p.Length).ToArray();
            foreach (var variant in CaseVariants(form))
            {
                exceptions[variant] = lengths;
                if (variant.Contains('\'')) exceptions[variant.Replace('\'', '’')] = lengths;
            }
        }

        var abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (line, where) in ReadList(prefix + "abbreviations.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kind = parts.Length == 1 ? AbbreviationKind.MayEndSentence
                : parts[1] == "prenominal" ? AbbreviationKind.Prenominal
                : parts[1] == "numeral" ? AbbreviationKind.Numeral : (AbbreviationKind?)null;
            if (!parts[0].EndsWith('.') || parts.Length > 2 || kind is null)
                throw new InvalidDataException($"{where}: expected 'Abbr.', 'Abbr. prenominal' or 'Abbr. numeral'");
            abbreviations[parts[0]] = kind.Value;
            abbreviations.TryAdd(parts[0].ToUpperInvariant(), kind.Value);
        }

        return new TokenizerData(exceptions, abbreviations,
            ReadList(prefix + "units.txt").Select(l => l.Line),
            ReadList(prefix + "sentence-starters.txt").Select(l => l.Line),
            ReadList(prefix + "top-level-domains.txt").Select(l => l.Line));
    }

    /// <summary>A lower-case entry also stands for its Capitalised and ALL CAPS forms.</summary>
    static IEnumerable<string> CaseVariants(string form)
    {
        yield return form;
        int first = form.AsSpan().IndexOfAnyExcept('\'', '’');
        if (first < 0 || !char.IsLower(form[first])) yield break;
        yield return string.Concat(form.AsSpan(0, first), char.ToUpperInvariant(form[first]).ToString(), form.AsSpan(first + 1));
        yield return form.ToUpperInvariant();
    }

    static IEnumerable<(string Line, string Where)> ReadList(string resource)
    {
        using var stream = EmbeddedData.Open(resource);
        using var reader = new StreamReader(stream);
        var lines = new List<(string, string)>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') lines.Add((trimmed, $"{resource}:{lineNo}"));
        }
        return lines;
    }
}
