using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Readers;

namespace Sitrep.Language.Clusters;

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
        string text;
        using (var file = File.OpenRead(path))
        using (Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(file) : file)
        using (var reader = new StreamReader(input, Encoding.Latin1))
            text = reader.ReadToEnd();
        foreach (Match m in Body().Matches(text))
            yield return WebUtility.HtmlDecode(ControlEntity().Replace(m.Groups[1].Value, " "));
    }

    [GeneratedRegex(@"<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();

    /// <summary>&amp;#2; &amp;#3; and the like mark story start/end in these files.</summary>
    [GeneratedRegex(@"&#(?:[0-9]|[12][0-9]|3[01]);")]
    private static partial Regex ControlEntity();
}
