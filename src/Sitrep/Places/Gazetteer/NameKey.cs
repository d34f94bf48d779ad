
namespace Sitrep.Places.Gazetteer;

/// <summary>
/// The two lookup keys of a place name. <see cref="Normalize"/> folds case, diacritics and
/// punctuation ("Sant Julià de Lòria" → "sant julia de loria", "U.S." → "us").
/// <see cref="Transliterate"/> further folds spelling variants of romanised names: articles,
/// letter rewrites, doubled letters and a final -h or vowel ("al-Shurah" and "Ash Shura" → "shur").
/// </summary>
internal static class NameKey
{
    /// <summary>Longest surface form a key is made for; longer spans are never place names.</summary>
    public const int MaxLength = 96;

    static readonly string[] FoldTable = BuildFoldTable();
    static readonly (string From, string To)[] Rewrites = LoadRewrites();
    static readonly HashSet<string> Articles = [.. EnglishData.Lines("arabic-articles.txt")];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Writes the normalised key of <paramref name="name"/> into <paramref name="dest"/>; returns its length (0 if none fits).</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> dest)
    {
        var w = new KeyWriter(dest);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (c is '.' or '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or '´') continue;
            string? folded = c < FoldTable.Length ? FoldTable[c] : char.IsLetterOrDigit(c) ? null : " ";
            if (folded is null)
            {
                w.Append(char.ToLowerInvariant(c), ref pendingSpace);
                continue;
            }
            foreach (char f in folded)
                if (f == ' ') pendingSpace = w.Length > 0;
                else w.Append(f, ref pendingSpace);
        }
        return w.Overflow ? 0 : w.Length;
    }

    public static string Normalize(ReadOnlySpan<char> name)
    {
        Span<char> buf = stackalloc char[MaxLength * 2];
        int n = Normalize(name, buf);
        return new string(buf[..n]);
    }

    /// <summary>Writes the transliteration key of an already normalised key; returns its length.</summary>
    public static int Transliterate(ReadOnlySpan<char> normalized, Span<char> dest)
    {
        var w = new KeyWriter(dest);
        int words = CountWords(normalized);
        foreach (var range in normalized.Split(' '))
        {
            var word = normalized[range];
            if (word.IsEmpty || (words > 1 && ArticleLookup.Contains(word))) continue;
            int start = w.Length;
            for (int i = 0; i < word.Length;)
            {
                bool rewritten = false;
                foreach (var (from, to) in Rewrites)
                {
                    if (!word[i..].StartsWith(from, StringComparison.Ordinal)) continue;
                    foreach (char t in to) w.PutUndoubled(t);
                    i += from.Length;
                    rewritten = true;
                    break;
                }
                if (!rewritten) w.PutUndoubled(word[i++]);
            }
            // a final "h" after a vowel, then a final vowel, when the word keeps three letters
            if (w.Length - start > 3 && w.Last == 'h' && IsVowel(w.BeforeLast)) w.Length--;
            if (w.Length - start > 3 && w.Last is 'a' or 'e') w.Length--;
        }
        return w.Overflow ? 0 : w.Length;
    }

    ref struct KeyWriter(Span<char> dest)
    {
        readonly Span<char> _dest = dest;
        public int Length;
        public bool Overflow;

        public readonly char Last => _dest[Length - 1];
        public readonly char BeforeLast => _dest[Length - 2];

        public void Append(char c, ref bool pendingSpace)
        {
            if (pendingSpace) { Put(' '); pendingSpace = false; }
            Put(c);
        }

        /// <summary>Appends unless it repeats the previous letter (doubled letters fold).</summary>
        public void PutUndoubled(char c)
        {
            if (Length > 0 && _dest[Length - 1] == c) return;
            Put(c);
        }

        void Put(char c)
        {
            if (Length >= _dest.Length) { Overflow = true; return; }
            _dest[Length++] = c;
        }
    }

    public static string Transliterate(ReadOnlySpan<char> normalized)
    {
        Span<char> buf = stackalloc char[MaxLength * 2];
        int n = Transliterate(normalized, buf);
        return new string(buf[..n]);
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        foreach (var r in s.Split(' ')) if (!s[r].IsEmpty) words++;
        return words;
    }

    static (string, string)[] LoadRewrites() =>
        [.. EnglishData.Lines("transliteration.txt").Select(line =>
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            return (parts[0], parts.Length > 1 ? parts[1] : "");
        })];

    /// <summary>Per-character folding for the Latin ranges: null keeps the lower-cased character,
    /// " " is a separator, anything else replaces it.</summary>
    static string[] BuildFoldTable()
    {
        var table = new string[0x2B0];
        for (int c = 0; c < table.Length; c++)
            table[c] = char.IsLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c).ToString() : " ";
        foreach (var line in EnglishData.Lines("diacritics.txt"))
        {
            var parts = line.Split('\t');
            foreach (char c in parts[1])
            {
                table[c] = parts[0];
                char upper = char.ToUpperInvariant(c);
                if (upper < table.Length && upper != c) table[upper] = parts[0];
            }
        }
        return table;
    }
}
