using System.Text.RegularExpressions;
using Sitrep.Pipeline;

namespace Sitrep.Ingest.Html;

/// <summary>Class/id hints read from <c>boilerplate-hints.txt</c>: which blocks look like article text and which like page furniture.</summary>
internal static class BoilerplateHints
{
    static readonly Dictionary<string, Regex> Sections = Load();

    public static Regex Unlikely => Sections["unlikely"];
    public static Regex Maybe => Sections["maybe"];
    public static Regex Positive => Sections["positive"];
    public static Regex Negative => Sections["negative"];
    public static Regex Byline => Sections["byline"];

    static Dictionary<string, Regex> Load()
    {
        var fragments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in EmbeddedData.Lines("Ingest/Html/boilerplate-hints.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
                fragments[line[1..^1]] = current = [];
            else
                current?.Add(line);
        }
        return fragments.ToDictionary(kv => kv.Key, kv => new Regex(string.Join('|', kv.Value),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));
    }
}
