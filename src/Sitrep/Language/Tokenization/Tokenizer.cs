using static Sitrep.Language.Tokenization.CharClasses;

namespace Sitrep.Language.Tokenization;

/// <summary>
/// Rule-based English tokenizer in the manner of spaCy's: the text is cut at whitespace, then each
/// chunk is checked against the exceptions, then prefixes and suffixes are peeled off until the core
/// is an exception or a whole token (abbreviation, initials, web address, handle), and the core is
/// finally split at infixes. Hyphenated words, numbers with separators and contractions' stems stay
/// whole; "don't" and "Carter's" split as in UD English ("do" "n't", "Carter" "'s").
/// Immutable and thread-safe.
/// </summary>
internal sealed class Tokenizer(TokenizerData data)
{
    /// <summary>More trailing pieces than this in one chunk are left to the infix rules.</summary>
    const int MaxSuffixes = 16;

    public static Tokenizer English { get; } = new(TokenizerData.English);

    public TokenizerData Data { get; } = data;

    public TextRange[] Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new TokenBuffer(text.Length / 4 + 4);
        Tokenize(text, tokens);
        return tokens.ToRanges();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, TokenBuffer tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var chunk in PreTokenizer.Split(text))
            TokenizeChunk(text, chunk.Offset, chunk.End, tokens);
    }

    void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, TokenBuffer tokens)
    {
        // Suffix k covers [suffixStarts[k], suffixStarts[k - 1]) with suffixStarts[-1] = chunkEnd.
        Span<int> suffixStarts = stackalloc int[MaxSuffixes];
        int suffixCount = 0, chunkEnd = end;
        while (start < end)
        {
            var core = text[start..end];
            if (Data.TryGetException(core, out var pieces))
            {
                foreach (var length in pieces)
                {
                    tokens.Add(start, start + length);
                    start += length;
                }
                break;
            }
            if (core.Length == 1 || IsPlainWord(core) || (end == chunkEnd && IsLineNumberLabel(text, start, core)))
            {
                tokens.Add(start, end);
                break;
            }
            if (IsWholeToken(core))
            {
                // UD English gives the period of an abbreviation that ends a sentence to the sentence.
                if (end == chunkEnd && core.Length > 1 && core[^1] == '.' && AbbreviationEndsSentence(text, core, end))
                {
                    tokens.Add(start, end - 1);
                    tokens.Add(end - 1, end);
                }
                else tokens.Add(start, end);
                break;
            }
            int prefix = PrefixLength(core);
            if (prefix > 0)
            {
                tokens.Add(start, start + prefix);
                start += prefix;
                continue;
            }
            int suffix = suffixCount < MaxSuffixes ? SuffixLength(core) : 0;
            if (suffix > 0)
            {
                end -= suffix;
                suffixStarts[suffixCount++] = end;
                continue;
            }
            SplitInfixes(text, start, end, tokens);
            break;
        }
        for (int k = suffixCount - 1; k >= 0; k--)
            tokens.Add(suffixStarts[k], k == 0 ? chunkEnd : suffixStarts[k - 1]);
    }

    /// <summary>Letters only: no prefix, suffix or infix rule applies (the common case, checked first).</summary>
    static bool IsPlainWord(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Abbreviations, initials, web addresses, e-mail addresses, handles and bare contraction suffixes.</summary>
    bool IsWholeToken(ReadOnlySpan<char> core)
    {
        char last = core[^1];
        if (last == '.' && (IsInitials(core) || Data.TryGetAbbreviation(core, out _))) return true;
        if (core[0] is '@' or '#') return IsHandle(core);
        if (IsApostrophe(core[0])) return IsContractionSuffix(core);
        if (IsTrailingUrlPunctuation(last) && !(last == ')' && core.Contains('('))) return false;
        return WebAddresses.IsWebAddress(core, Data) || WebAddresses.IsEmail(core);
    }

    /// <summary>
    /// An abbreviation or initial ends its sentence when the text or paragraph ends after it, or when a
    /// usual sentence opener follows ("etc. The", "Inc. He"); never for prenominal ones ("Gen.", "Oct.")
    /// nor for numeral ones before a number ("No. 5").
    /// </summary>
    bool AbbreviationEndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<char> abbreviation, int end)
    {
        Data.TryGetAbbreviation(abbreviation, out var kind);
        if (kind == AbbreviationKind.Prenominal) return false;
        var rest = text[end..];
        int next = rest.IndexOfAnyExcept(" \t\r\u00A0");
        if (next < 0) return true;
        if (kind == AbbreviationKind.Numeral && char.IsDigit(rest[next])) return false;
        if (rest[next] == '\n')
        {
            int after = rest[(next + 1)..].IndexOfAnyExcept(" \t\r\u00A0");
            if (after < 0 || rest[next + 1 + after] == '\n') return true;
            next += 1 + after;
        }
        while (next < rest.Length && IsOpening(rest[next])) next++;
        int wordEnd = next;
        while (wordEnd < rest.Length && char.IsLetter(rest[wordEnd])) wordEnd++;
        if (wordEnd == next || (wordEnd < rest.Length && rest[wordEnd] == '.' && wordEnd - next == 1)) return false;
        return Data.IsSentenceStarter(rest[next..wordEnd]);
    }

    /// <summary>A short lower-case stem that keeps a trailing hyphen: "pre- and post-war", a cut-off "f-".</summary>
    static bool IsWordStub(ReadOnlySpan<char> stem)
    {
        if (stem.Length > 4) return false;
        foreach (var c in stem)
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>"2." or "2.1." opening a line: a section or list number, kept whole.</summary>
    static bool IsLineNumberLabel(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> core)
    {
        if (core.Length > 8 || core[^1] != '.' || !char.IsDigit(core[0]) || core.ContainsAnyExcept("0123456789.")) return false;
        var before = text[..start].TrimEnd(" \t\u00A0");
        return before.IsEmpty || before[^1] == '\n';
    }

    /// <summary>"J.", "U.S.", "e.g.", "a.m.": single letters each followed by a period.</summary>
    internal static bool IsInitials(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || (s.Length & 1) != 0) return false;
        for (int i = 0; i < s.Length; i += 2)
            if (!char.IsLetter(s[i]) || s[i + 1] != '.') return false;
        return true;
    }

    static bool IsHandle(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || !char.IsLetter(s[1])) return false;
        foreach (var c in s[1..])
            if (!char.IsLetterOrDigit(c) && c != '_') return false;
        return true;
    }

    /// <summary>'s 'm 'd 're 've 'll standing alone (as in "Carter 's").</summary>
    static bool IsContractionSuffix(ReadOnlySpan<char> s) => s.Length switch
    {
        2 => char.ToLowerInvariant(s[1]) is 's' or 'm' or 'd',
        3 => IsTwoLetterContraction(s[1], s[2]),
        _ => false,
    };

    static bool IsTwoLetterContraction(char a, char b) =>
        (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('r', 'e') or ('v', 'e') or ('l', 'l');

    /// <summary>Length of the piece to split from the start of <paramref name="core"/> (0: none).</summary>
    static int PrefixLength(ReadOnlySpan<char> core)
    {
        char c = core[0], next = core[1];
        int length = c switch
        {
            '(' or '[' or '{' => 1,
            '\'' or '’' => char.IsDigit(next) ? 0 : RunLength(core, 0),
            _ when IsOpening(c) => RunLength(core, 0),
            _ when IsCurrency(c) => RunLength(core, 0),
            '-' => char.IsDigit(next) ? 0 : RunLength(core, 0),
            '+' => char.IsDigit(next) ? 0 : 1,
            '#' => char.IsDigit(next) ? 1 : 0,
            '—' or '–' or '―' or '*' or '…' or ',' or ';' or ':' or '!' or '?' or '¿' or '¡' or '~' => RunLength(core, 0),
            '.' => RunLength(core, 0) is var dots && dots >= 2 ? dots : 0,
            _ => 0,
        };
        return length < core.Length ? length : 0;
    }

    /// <summary>Length of the piece to split from the end of <paramref name="core"/> (0: none).</summary>
    int SuffixLength(ReadOnlySpan<char> core)
    {
        int n = core.Length;
        char c = core[^1];
        int length;
        if (char.IsLetter(c))
            length = ContractionSuffixLength(core) is var contraction && contraction > 0 ? contraction : UnitLength(core);
        else
            length = c switch
            {
                '.' or '!' or '?' or '…' => TrailingTerminalRun(core),
                ')' or ']' or '}' or '%' or '°' => 1,
                ',' or ';' or ':' or '*' or '—' or '–' or '―' => TrailingRun(core, c),
                '-' => TrailingRun(core, c) is var hyphens && (hyphens > 1 || !IsWordStub(core[..^1])) ? hyphens : 0,
                _ when IsClosing(c) => TrailingRun(core, c),
                _ => 0,
            };
        return length < n ? length : 0;
    }

    /// <summary>n't, 's, 'm, 'd, 're, 've, 'll after a letter (and 's after a digit: "1990's").</summary>
    static int ContractionSuffixLength(ReadOnlySpan<char> core)
    {
        int n = core.Length;
        char last = char.ToLowerInvariant(core[n - 1]);
        if (n >= 3 && IsApostrophe(core[n - 2]) && last is 's' or 'm' or 'd')
            return char.IsLetter(core[n - 3]) || (last == 's' && char.IsDigit(core[n - 3])) ? 2 : 0;
        if (n >= 4 && char.IsLetter(core[n - 4]))
        {
            if (IsApostrophe(core[n - 3]) && IsTwoLetterContraction(core[n - 2], core[n - 1])) return 3;
            if (last == 't' && IsApostrophe(core[n - 2]) && char.ToLowerInvariant(core[n - 3]) == 'n') return 3;
        }
        return 0;
    }

    /// <summary>"10km" → "km": a number written against a unit from the unit list.</summary>
    int UnitLength(ReadOnlySpan<char> core)
    {
        if (!char.IsDigit(core[0])) return 0;
        int k = core.IndexOfAnyExceptInRange('0', '9');
        while (k > 0 && k < core.Length && core[k] is ',' or '.' or ':' && k + 1 < core.Length && char.IsDigit(core[k + 1]))
        {
            int rest = core[(k + 1)..].IndexOfAnyExceptInRange('0', '9');
            k = rest < 0 ? -1 : k + 1 + rest;
        }
        if (k <= 0) return 0;
        var unit = core[k..];
        foreach (var c in unit)
            if (!char.IsLetter(c)) return 0;
        return Data.IsUnit(unit) ? unit.Length : 0;
    }

    /// <summary>Emits [start, end) cut at infixes: inner ellipses, dashes, slashes, commas, brackets and quotes.</summary>
    static void SplitInfixes(ReadOnlySpan<char> text, int start, int end, TokenBuffer tokens)
    {
        var core = text[start..end];
        int segment = 0, i = 0;
        while (i < core.Length)
        {
            int length = InfixLength(core, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            if (i > segment) tokens.Add(start + segment, start + i);
            tokens.Add(start + i, start + i + length);
            i += length;
            segment = i;
        }
        if (segment < core.Length) tokens.Add(start + segment, end);
    }

    static int InfixLength(ReadOnlySpan<char> core, int i)
    {
        char c = core[i];
        bool inner = i > 0 && i + 1 < core.Length;
        switch (c)
        {
            case '.':
                int dots = RunLength(core, i);
                if (dots >= 2) return dots;
                // "ended.The": a missing space between a lower-case word and a capitalised one.
                return inner && i >= 2 && i + 2 < core.Length && char.IsLower(core[i - 1]) && char.IsLower(core[i - 2])
                    && char.IsUpper(core[i + 1]) && char.IsLower(core[i + 2]) ? 1 : 0;
            case '…':
                return RunLength(core, i);
            case '-':
                return RunLength(core, i) is var hyphens && hyphens >= 2 ? hyphens : 0;
            case '—' or '―':
                return RunLength(core, i);
            case '–':
                return inner && char.IsDigit(core[i - 1]) && char.IsDigit(core[i + 1]) ? 0 : RunLength(core, i);
            case '/':
                return inner && char.IsLetter(core[i - 1]) && char.IsLetter(core[i + 1]) ? 1 : 0;
            case ',':
                return inner && !(char.IsDigit(core[i - 1]) && char.IsDigit(core[i + 1])) ? 1 : 0;
            case ';':
                return inner ? 1 : 0;
            case '!' or '?':
                return inner && char.IsLetter(core[i + 1]) ? 1 : 0;
            case '(' or ')' or '[' or ']' or '{' or '}' or '"' or '“' or '”':
                return core.Length > 1 ? 1 : 0;
            default:
                return 0;
        }
    }
}
