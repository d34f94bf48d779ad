using System.IO.Compression;
using System.Text;
using Sitrep.Entities.Actors;
using Sitrep.Training.Entities.Corpora;
using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>Sentences read from a gold file, or one line saying why it could not be read.</summary>
internal sealed record NerCorpus(IReadOnlyList<NerSentence> Sentences, string? Error = null)
{
    public bool Success => Error is null;
    /// <summary>The distinct entity types in the gold spans.</summary>
    public IReadOnlySet<string> Types => Sentences.SelectMany(s => s.Spans).Select(s => s.Type).ToHashSet();
}

/// <summary>
/// Reads NER gold data in the formats of <see cref="NerFormat"/> and maps each source's labels onto
/// Sitrep's types (see docs/entities.md). CoNLL-style sources keep PER/ORG/LOC/MISC.
/// </summary>
internal static class NerCorpusReader
{
    /// <summary>First GMB sentence number of the held-apart block (the last ~10% of the table).</summary>
    public const int GmbHeldOutFrom = 43_001;

    /// <param name="lexicon">Types GMB's and GUM's fine labels (countries, demonyms); read from the default npm folder when not given.</param>
    public static NerCorpus Read(string path, NerFormat format, GmbPart gmbPart = GmbPart.All, ActorLexicon? lexicon = null)
    {
        if (!File.Exists(path)) return new([], $"{path}: file not found");
        try
        {
            if (format is NerFormat.Gum or NerFormat.Gmb) lexicon ??= ActorLexicon.Load(DefaultLocations.Npm);
            if (format == NerFormat.Gum) return new(GumEntityReader.Read(path, lexicon!));
            using var reader = Open(path, format == NerFormat.Gmb ? Encoding.Latin1 : Encoding.UTF8);
            var sentences = format switch
            {
                NerFormat.Gmb => ReadGmb(reader, gmbPart, lexicon!),
                NerFormat.Iob2 => ReadColumns(reader, tokenColumn: 1, commentPrefix: "#", MapPlain),
                NerFormat.Re3d => ReadColumns(reader, tokenColumn: 0, commentPrefix: null, MapRe3d),
                NerFormat.Wnut => ReadColumns(reader, tokenColumn: 0, commentPrefix: null, MapWnut),
                NerFormat.UnerTrain => ColumnCorpora.ReadUnerTrain(reader),
                NerFormat.Btc => ColumnCorpora.ReadBtc(reader),
                NerFormat.CrossNer => ColumnCorpora.ReadCrossNer(reader),
                NerFormat.WikiAnn => ColumnCorpora.ReadWikiAnn(reader),
                _ => ReadColumns(reader, tokenColumn: 0, commentPrefix: null, MapPlain),
            };
            return sentences.Count == 0 ? new([], $"{path}: no sentences found (is --format {format.ToString().ToLowerInvariant()} right?)") : new(sentences);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException)
        {
            return new([], $"{path}: {e.Message}");
        }
    }

    /// <summary>The entity types a format's gold annotates (system spans of other types are not scored).</summary>
    public static IReadOnlySet<string> Scheme(NerFormat format) => format switch
    {
        NerFormat.Gmb => new HashSet<string> { "PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "MISC" },
        NerFormat.Iob2 or NerFormat.Btc or NerFormat.WikiAnn => new HashSet<string> { "PER", "ORG", "LOC" },
        NerFormat.UnerTrain => new HashSet<string> { "PER", "ORG", "LOC", "MISC" },
        NerFormat.Wnut => new HashSet<string> { "PER", "ORG", "GPE", "MISC" },
        NerFormat.Gum or NerFormat.UdSilver => new HashSet<string> { "PER", "ORG", "GPE", "LOC", "EVENT", "MISC" },
        _ => new HashSet<string> { "PER", "ORG", "LOC", "MISC" },
    };

    /// <summary>Guesses a file's format from its name and first lines (used by <c>sitrep train ner</c>).</summary>
    public static NerFormat Detect(string path)
    {
        if (path.Contains(".conllu", StringComparison.OrdinalIgnoreCase))
            return ReadHead(path, 2000).Any(l => l.Contains("Entity=", StringComparison.Ordinal)) ? NerFormat.Gum : NerFormat.UdSilver;
        var head = ReadHead(path, 400);
        var name = Path.GetFileName(path);
        if (head.Count > 0 && head[0].StartsWith("Sentence #,", StringComparison.Ordinal)) return NerFormat.Gmb;
        if (head.Any(l => l.StartsWith("# ", StringComparison.Ordinal)))
            return name.Contains("train", StringComparison.OrdinalIgnoreCase) ? NerFormat.UnerTrain : NerFormat.Iob2;
        if (name.StartsWith("btc.", StringComparison.OrdinalIgnoreCase)) return NerFormat.Btc;
        if (head.Count > 0 && head[0].StartsWith("en:", StringComparison.Ordinal)) return NerFormat.WikiAnn;
        if (head.Any(l => CrossNerTypes.Distinctive.Any(t => l.EndsWith("-" + t, StringComparison.Ordinal)))) return NerFormat.CrossNer;
        if (head.Any(l => l.EndsWith("-Organisation", StringComparison.Ordinal) || l.EndsWith("-Person", StringComparison.Ordinal)))
            return NerFormat.Re3d;
        if (head.Any(l => l.EndsWith("-person", StringComparison.Ordinal) || l.EndsWith("-corporation", StringComparison.Ordinal)))
            return NerFormat.Wnut;
        return NerFormat.Conll;
    }

    static List<string> ReadHead(string path, int lines)
    {
        using var reader = Open(path, Encoding.Latin1);
        var head = new List<string>();
        while (head.Count < lines && reader.ReadLine() is { } line) head.Add(line);
        return head;
    }

    static StreamReader Open(string path, Encoding encoding)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        return new StreamReader(s, encoding);
    }

    static string? MapPlain(string label) => label is "PER" or "ORG" or "LOC" or "MISC" ? label : null;

    /// <summary>re3d: Nationality plays CoNLL's MISC role; non-name types (Temporal, Weapon, …) are dropped.</summary>
    static string? MapRe3d(string label) => label switch
    {
        "Person" => "PER", "Organisation" => "ORG", "Location" => "LOC", "Nationality" => "MISC", _ => null,
    };

    /// <summary>WNUT-17: places are mostly cities and countries; groups and corporations are organisations.</summary>
    static string? MapWnut(string label) => label switch
    {
        "person" => "PER", "location" => "GPE", "group" or "corporation" => "ORG", "product" or "creative-work" => "MISC", _ => null,
    };

    /// <summary>Column layouts: one token per line, tag in the last column (first after the token for iob2).</summary>
    internal static List<NerSentence> ReadColumns(StreamReader reader, int tokenColumn, string? commentPrefix, Func<string, string?> map)
    {
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        bool docStart = true;
        int lineNo = 0;
        void Flush()
        {
            if (words.Count == 0) return;
            sentences.Add(new NerSentence([.. words], SpansFromIob(tags, map)) { DocumentStart = docStart });
            docStart = false;
            words.Clear();
            tags.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (commentPrefix is not null && line.StartsWith(commentPrefix, StringComparison.Ordinal))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal)) { Flush(); docStart = true; }
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) { Flush(); continue; }
            var cols = line.Split(line.Contains('\t') ? '\t' : ' ');
            if (cols[0] == "-DOCSTART-") { Flush(); docStart = true; continue; }
            int tagColumn = commentPrefix is not null ? tokenColumn + 1 : cols.Length - 1;
            if (cols.Length <= Math.Max(tokenColumn, tagColumn))
                throw new InvalidDataException($"line {lineNo}: expected a token and a tag, got '{line}'");
            words.Add(cols[tokenColumn]);
            tags.Add(cols[tagColumn]);
        }
        Flush();
        return sentences;
    }

    /// <summary>Spans from IOB1 or IOB2 tags: I- after O or another type opens a span, B- always does.</summary>
    internal static List<NerSpan> SpansFromIob(IReadOnlyList<string> tags, Func<string, string?> map)
    {
        var spans = new List<NerSpan>();
        int start = -1;
        string? open = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string prefix = tag.Length > 2 && tag[1] == '-' ? tag[..1] : "O";
            string? label = prefix == "O" ? null : tag[2..];
            bool continues = prefix == "I" && label == open;
            if (!continues && open is not null)
            {
                if (map(open) is { } t) spans.Add(new NerSpan(t, start, i));
                open = null;
            }
            if (!continues && label is not null) { open = label; start = i; }
        }
        return spans;
    }

    /// <summary>
    /// GMB: per→PER, org→ORG, geo→GPE (LOC when its last word is a location head such as "Sea"),
    /// gpe→NORP for demonyms and adjectives (else GPE), eve→EVENT, art and nat→MISC, tim dropped.
    /// </summary>
    static List<NerSentence> ReadGmb(StreamReader reader, GmbPart part, ActorLexicon lexicon)
    {
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("Sentence #,Word,POS,Tag", StringComparison.Ordinal))
            throw new InvalidDataException("not the GMB table (expected header 'Sentence #,Word,POS,Tag')");
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var pos = new List<string>();
        var tags = new List<string>();
        int number = 0;
        void Flush()
        {
            if (words.Count == 0) return;
            bool held = number >= GmbHeldOutFrom;
            if (part == GmbPart.All || (part == GmbPart.HeldOut) == held)
            {
                string[] w = [.. words], p = [.. pos];
                var spans = SpansFromIob(tags, x => x)
                    .Select(s => s with { Type = MapGmb(s, w, p, lexicon) })
                    .Select(s => s.Type == "PER" ? WithoutTitles(s, w, lexicon) : s)
                    .Where(s => s.Type.Length > 0).ToList();
                sentences.Add(new NerSentence(w, spans, p) { DocumentStart = true });
            }
            words.Clear(); pos.Clear(); tags.Clear();
        }
        var fields = new List<string>(4);
        int lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            SplitCsv(line, fields);
            if (fields.Count != 4) throw new InvalidDataException($"line {lineNo}: expected 4 CSV fields");
            if (fields[0].StartsWith("Sentence:", StringComparison.Ordinal))
            {
                Flush();
                number = int.Parse(fields[0].AsSpan(9).Trim());
            }
            words.Add(fields[1]);
            pos.Add(fields[2]);
            tags.Add(fields[3]);
        }
        Flush();
        return sentences;
    }

    static string MapGmb(NerSpan s, string[] words, string[] pos, ActorLexicon lexicon)
    {
        switch (s.Type)
        {
            case "per": return "PER";
            // GMB often tags "U.S." before a title ("U.S. Secretary …") as a one-word org: it is the country.
            case "org": return s.End - s.Start == 1 && IsCountryAbbreviation(words, s, lexicon) ? "GPE" : "ORG";
            case "eve": return "EVENT";
            case "art" or "nat": return "MISC";
            case "geo": return lexicon.LocationHeads.Contains(words[s.End - 1]) ? "LOC" : "GPE";
            case "gpe":
                string last = pos[s.End - 1];
                bool adjectival = (last is "JJ" or "NNPS" or "NNS" || IsDemonym(words, s, lexicon)) && !IsCountryAbbreviation(words, s, lexicon);
                return adjectival ? "NORP" : "GPE";
            default: return "";
        }
    }

    /// <summary>GMB puts titles inside person spans ("President George Bush"); CoNLL-style gold does not.</summary>
    static NerSpan WithoutTitles(NerSpan s, string[] words, ActorLexicon lexicon)
    {
        while (s.End - s.Start > 1)
        {
            var (text, starts, ends) = SpaceJoined.Join(words, s.Start, s.End);
            if (!lexicon.Matcher.TryMatchLongest(text, starts, ends, 0, starts.Length - 1, out int end, out var ids)
                || !ids.Any(id => lexicon.Matcher.Entries[id].Category is LexiconCategory.Title or LexiconCategory.Role))
                break;
            s = s with { Start = s.Start + end };
        }
        return s;
    }


    /// <summary>"U.S.", "UK": listed as demonyms (they modify nouns) but name the country, as CoNLL and UNER tag them.</summary>
    static bool IsCountryAbbreviation(string[] words, NerSpan s, ActorLexicon lexicon) =>
        s.End - s.Start == 1 && !words[s.Start].Any(char.IsLower) && words[s.Start].Any(char.IsUpper) && IsDemonym(words, s, lexicon);

    static bool IsDemonym(string[] words, NerSpan s, ActorLexicon lexicon)
    {
        var (text, starts, ends) = SpaceJoined.Join(words, s.Start, s.End);
        return lexicon.Matcher.TryMatchLongest(text, starts, ends, 0, starts.Length, out int end, out var ids)
            && end == starts.Length
            && ids.Any(id => lexicon.Matcher.Entries[id].Category == LexiconCategory.Demonym);
    }

    /// <summary>Splits one CSV line (quoted fields with doubled quotes) into <paramref name="fields"/>.</summary>
    static void SplitCsv(string line, List<string> fields)
    {
        fields.Clear();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
    }
}
