using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Sitrep.Ingest.Readers;

namespace Sitrep.Evaluation.Events;

/// <summary>An article as the gold's offsets see it: the exact text hashed, plus the title and date the corpus gives.</summary>
internal sealed record E2eArticleText(string Text, string? Title, string? Published);

/// <summary>
/// Fetches gold articles from the shared data folder by locator. The text is the corpus field as stored, with no
/// clean-up, so it never changes when Sitrep's cleaner does:
/// <list type="bullet">
/// <item><c>*.csv[.gz]</c> (ISOT): the <c>text</c> field of data record <c>record</c> (1-based, header not counted),
///   RFC-4180, UTF-8; title from <c>title</c>, date from <c>date</c>;</item>
/// <item><c>reut2-NNN.sgm[.gz]</c> (Reuters-21578): the <c>&lt;BODY&gt;</c> of the story whose NEWID is <c>record</c>, read as
///   Latin-1, control entities (&amp;#2; …) turned into spaces, then HTML entities decoded; title and date likewise.</item>
/// </list>
/// Each corpus file is read once and kept for the articles that follow.
/// </summary>
internal sealed partial class E2eArticleSource(string sharedRoot)
{
    readonly Dictionary<string, Dictionary<int, E2eArticleText>> _files = [];

    public string SharedRoot { get; } = sharedRoot;

    /// <summary>The article's text, verified against its hash; otherwise the one-line reason it cannot be used.</summary>
    public (E2eArticleText? Article, string? Error) Load(E2eArticle gold)
    {
        var path = Path.Combine(SharedRoot, gold.Corpus);
        if (!File.Exists(path)) return (null, $"{gold.Id}: corpus file {path} not found");
        if (!_files.TryGetValue(path, out var records))
        {
            try { records = ReadRecords(path); }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
            {
                return (null, $"{gold.Id}: cannot read {path}: {e.Message}");
            }
            _files[path] = records;
        }
        if (!records.TryGetValue(gold.Record, out var article)) return (null, $"{gold.Id}: {path} has no record {gold.Record}");
        var hash = Sha256(article.Text);
        return hash == gold.TextSha256.ToLowerInvariant()
            ? (article, null)
            : (null, $"{gold.Id}: text of {gold.Corpus} record {gold.Record} has SHA-256 {hash[..12]}…, the gold expects {gold.TextSha256[..Math.Min(12, gold.TextSha256.Length)]}… (corpus changed?)");
    }

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The shared data folder: the first ancestor of <paramref name="start"/> (or the current folder) that holds "shared".</summary>
    public static string? FindSharedRoot(string start)
    {
        foreach (var origin in new[] { Path.GetFullPath(start), Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(File.Exists(origin) ? Path.GetDirectoryName(origin)! : origin); dir != null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "shared"))) return Path.Combine(dir.FullName, "shared");
        return null;
    }

    static Dictionary<int, E2eArticleText> ReadRecords(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(file) : file;
        if (name.EndsWith(".csv", StringComparison.Ordinal)) return CsvRecords(stream);
        if (name.EndsWith(".sgm", StringComparison.Ordinal)) return ReutersStories(stream);
        throw new InvalidDataException("not a corpus the e2e gold knows (.csv or Reuters .sgm)");
    }

    static Dictionary<int, E2eArticleText> CsvRecords(Stream stream)
    {
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true, MaxRecordSize = 1 << 24 }, leaveOpen: true);
        var header = csv.Headers;
        string? Column(string n) => header.FirstOrDefault(h => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase));
        var textColumn = Column("text") ?? throw new InvalidDataException("no text column");
        string? title = Column("title"), date = Column("date");
        var records = new Dictionary<int, E2eArticleText>();
        for (int record = 1; csv.Read(); record++)
            records[record] = new E2eArticleText(csv.GetString(textColumn) ?? "", title is null ? null : csv.GetString(title), date is null ? null : csv.GetString(date));
        return records;
    }

    static Dictionary<int, E2eArticleText> ReutersStories(Stream stream)
    {
        string sgml;
        using (var reader = new StreamReader(stream, Encoding.Latin1)) sgml = reader.ReadToEnd();
        var records = new Dictionary<int, E2eArticleText>();
        foreach (Match story in Story().Matches(sgml))
        {
            var body = Body().Match(story.Groups[2].Value);
            if (!body.Success) continue;
            var title = Title().Match(story.Groups[2].Value);
            var date = Date().Match(story.Groups[2].Value);
            records[int.Parse(story.Groups[1].Value, CultureInfo.InvariantCulture)] = new E2eArticleText(Decode(body.Groups[1].Value),
                title.Success ? Decode(title.Groups[1].Value) : null, date.Success ? ReutersDate(date.Groups[1].Value) : null);
        }
        return records;
    }

    static string Decode(string sgml) => WebUtility.HtmlDecode(ControlEntity().Replace(sgml, " "));

    /// <summary>"26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01Z" (the collection's dates carry no zone).</summary>
    static string? ReutersDate(string value) =>
        DateTime.TryParseExact(value.Trim().Split('.')[0], "d-MMM-yyyy HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"<REUTERS[^>]*\bNEWID=""(\d+)""[^>]*>(.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Story();

    [GeneratedRegex(@"<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex(@"<TITLE>(.*?)</TITLE>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"<DATE>(.*?)</DATE>", RegexOptions.Singleline)]
    private static partial Regex Date();

    /// <summary>&amp;#2; &amp;#3; and the like mark story start/end in these files.</summary>
    [GeneratedRegex(@"&#(?:[0-9]|[12][0-9]|3[01]);")]
    private static partial Regex ControlEntity();
}
