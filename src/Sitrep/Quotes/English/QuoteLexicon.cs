using Sitrep.Pipeline;

namespace Sitrep.Quotes.English;

/// <summary>
/// The English word lists of the quotes stage, read once from the embedded Quotes/English/*.txt files.
/// </summary>
internal sealed class QuoteLexicon
{
    public static QuoteLexicon Default { get; } = new();

    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _pronouns;

    QuoteLexicon()
    {
        CueVerbs = new(Lines("cue-verbs.txt").SelectMany(SplitWords));
        SourceNouns = new(Lines("source-nouns.txt").SelectMany(SplitWords));
        var sourceWords = Sections("source-words.txt");
        Determiners = new(sourceWords["determiner"]);
        Titles = new(sourceWords["title"]);
        FunctionWords = new(sourceWords["function"]);
        ObjectWords = new(sourceWords["object"]);
        var modifiers = Sections("cue-modifiers.txt");
        CueModifiers = new(modifiers["cue-modifier"]);
        ObjectTaking = new(modifiers["object-taking"]);
        _pronouns = Lines("pronouns.txt").Select(l => SplitWords(l).ToArray())
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        CuePhrases = [.. Lines("cue-phrases.txt").Select(l => SplitWords(l).ToArray()).OrderByDescending(p => p.Length)];
    }

    /// <summary>Every form of the verbs of speech and stated belief.</summary>
    public WordSet CueVerbs { get; }
    /// <summary>Heads of unnamed or descriptive sources: officials, the newspaper.</summary>
    public WordSet SourceNouns { get; }
    public WordSet Determiners { get; }
    /// <summary>Titles that belong to a name: Mr, Gen, Sen.</summary>
    public WordSet Titles { get; }
    /// <summary>Sentence openers that are capitalised without being names: But, However.</summary>
    public WordSet FunctionWords { get; }
    /// <summary>Object pronouns and common addressees: him, reporters.</summary>
    public WordSet ObjectWords { get; }
    /// <summary>Auxiliaries and adverbs that join a cue verb on its left ("has also said").</summary>
    public WordSet CueModifiers { get; }
    /// <summary>Cue verbs with an addressee before the content ("told reporters that").</summary>
    public WordSet ObjectTaking { get; }
    /// <summary>Multi-word cues as word sequences, longest first so the longest match wins.</summary>
    public IReadOnlyList<string[]> CuePhrases { get; }

    public bool IsSourcePronoun(ReadOnlySpan<char> word) => _pronouns.ContainsKey(word);

    /// <summary>PER, GROUP or ANY for a source pronoun; null for other words.</summary>
    public string? PronounClass(ReadOnlySpan<char> word) => _pronouns.TryGetValue(word, out var c) ? c : null;

    static IEnumerable<string> SplitWords(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Files whose lines are "key word word ...": the words of each key.</summary>
    static Dictionary<string, string[]> Sections(string file) =>
        Lines(file).Select(l => SplitWords(l).ToArray()).ToDictionary(p => p[0], p => p[1..], StringComparer.Ordinal);

    static List<string> Lines(string file)
    {
        var name = "Quotes/English/" + file;
        using var stream = EmbeddedData.Open(name);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }
}
