using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation.Time;

/// <summary>A gold TIMEX3 in a TimeML document: character span into the stripped text, type and value.</summary>
internal sealed record GoldTimex(int StartChar, int EndChar, string Type, string Value);

/// <summary>One TimeML file: the text inside &lt;TEXT&gt; with every tag removed, its DCT and its gold timexes.</summary>
internal sealed partial record TimeMlDocument(string Path, string Text, string? Dct, IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>Reads a .tml file; a file that is not TimeML is a failed result naming the problem.</summary>
    public static TimeMlResult Read(string path)
    {
        string xml;
        try { xml = File.ReadAllText(path); }
        catch (IOException e) { return TimeMlResult.Fail($"{path}: {e.Message}"); }
        int open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open) return TimeMlResult.Fail($"{path}: no <TEXT> element (not TimeML?)");
        string? dct = null;
        foreach (Match m in TimexTag().Matches(xml))
            if (Attribute(m.Value, "functionInDocument") == "CREATION_TIME") { dct = Attribute(m.Value, "value"); break; }

        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        var stack = new Stack<(int Start, string Type, string Value)?>();
        int i = open + "<TEXT>".Length;
        while (i < close)
        {
            if (xml[i] == '<')
            {
                int end = xml.IndexOf('>', i);
                if (end < 0) return TimeMlResult.Fail($"{path}: unterminated tag at offset {i}");
                var tag = xml.AsSpan(i, end - i + 1);
                if (tag.StartsWith("</TIMEX3")) { if (stack.Count > 0 && stack.Pop() is { } t) timexes.Add(new GoldTimex(t.Start, text.Length, t.Type, t.Value)); }
                else if (tag.StartsWith("<TIMEX3") && !tag.EndsWith("/>"))
                {
                    var s = tag.ToString();
                    stack.Push((text.Length, Attribute(s, "type") ?? "", Attribute(s, "value") ?? ""));
                }
                i = end + 1;
            }
            else if (xml[i] == '&')
            {
                int end = xml.IndexOf(';', i);
                if (end < 0 || end - i > 10) { text.Append('&'); i++; continue; }
                text.Append(WebUtility.HtmlDecode(xml[i..(end + 1)]));
                i = end + 1;
            }
            else text.Append(xml[i++]);
        }
        return TimeMlResult.Ok(new TimeMlDocument(path, text.ToString(), dct, timexes));
    }

    static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("<TIMEX3[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimexTag();
}

/// <summary>Either a document or the one-line reason it could not be read.</summary>
internal readonly record struct TimeMlResult(TimeMlDocument? Document, string? Error)
{
    public static TimeMlResult Ok(TimeMlDocument d) => new(d, null);
    public static TimeMlResult Fail(string error) => new(null, error);
}
