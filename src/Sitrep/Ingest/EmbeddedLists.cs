using System.Reflection;
using Sitrep.Pipeline;

namespace Sitrep.Ingest;

/// <summary>Reads the language and pattern lists shipped as embedded text files (one item a line, # comments).</summary>
internal static class EmbeddedLists
{
    /// <summary>Non-empty lines without comments. Leading and trailing spaces are kept only inside the line.</summary>
    public static IEnumerable<string> Lines(string relativePath)
    {
        var name = relativePath.Replace('\\', '/');
        var assembly = typeof(EmbeddedLists).Assembly;
        using var stream = EmbeddedData.Open(name);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            yield return line;
        }
    }
}
