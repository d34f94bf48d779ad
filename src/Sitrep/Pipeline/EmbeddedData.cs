using System.Reflection;

namespace Sitrep.Pipeline;

/// <summary>Reads data files embedded in the library (lexicons, code tables) by their logical name.</summary>
internal static class EmbeddedData
{
    static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"embedded data '{name}' is missing from {Assembly.GetName().Name}");

    /// <summary>Non-empty lines that are not '#' comments, trimmed of trailing white space.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            var l = line.TrimEnd();
            if (l.Length == 0 || l[0] == '#') continue;
            yield return l;
        }
    }
}
