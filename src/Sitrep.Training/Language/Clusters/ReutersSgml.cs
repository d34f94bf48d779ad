using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Readers;
using Sitrep.Language.Clusters;

namespace Sitrep.Training.Language.Clusters;

/// <summary>
/// Story bodies of Reuters-21578 SGML (<c>reut2-NNN.sgm</c>, optionally gzipped): the text between
/// <c>&lt;BODY&gt;</c> and <c>&lt;/BODY&gt;</c>, entities decoded. The files are Latin-1 and not XML, so they are
/// scanned rather than parsed. Titles are left out: they are all capitals.
/// </summary>
internal static partial class ReutersSgml
{
    public static bool Handles(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".sgm.gz", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<string> Bodies(string path)
    {
        foreach (Match m in Body().Matches(ReadAll(path)))
            yield return Decode(m.Groups[1].Value);
    }

    /// <summary>Stories with a body: their NEWID, their TOPICS and the body.</summary>
    public static IEnumerable<(string Id, List<string> Topics, string Body)> Stories(string path)
    {
        foreach (Match story in Story().Matches(ReadAll(path)))
        {
            var block = story.Groups[2].Value;
            if (Body().Match(block) is not { Success: true } body) continue;
            var topics = Topics().Match(block) is { Success: true } t ? Topic().Matches(t.Groups[1].Value).Select(d => d.Groups[1].Value).ToList() : [];
            yield return (story.Groups[1].Value, topics, Decode(body.Groups[1].Value));
        }
    }

    static string ReadAll(string path)
    {
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(file) : file;
        using var reader = new StreamReader(input, Encoding.Latin1);
        return reader.ReadToEnd();
    }

    static string Decode(string sgml) => WebUtility.HtmlDecode(ControlEntity().Replace(sgml, " "));

    [GeneratedRegex(@"<REUTERS[^>]*NEWID=""(\d+)""[^>]*>(.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Story();

    [GeneratedRegex(@"<TOPICS>(.*?)</TOPICS>", RegexOptions.Singleline)]
    private static partial Regex Topics();

    [GeneratedRegex(@"<D>(.*?)</D>")]
    private static partial Regex Topic();

    [GeneratedRegex(@"<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();

    /// <summary>&amp;#2; &amp;#3; and the like mark story start/end in these files.</summary>
    [GeneratedRegex(@"&#(?:[0-9]|[12][0-9]|3[01]);")]
    private static partial Regex ControlEntity();
}
