using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>Reads the Events stage's language data (tab-separated files embedded in the assembly).</summary>
internal static class EventResources
{
    /// <summary>Rows of an embedded TSV under Events/ (e.g. "English/triggers.tsv"), comments and blank lines skipped.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        var resource = "Events/" + name;
        using var stream = EmbeddedData.Open(resource);
        using var reader = new StreamReader(stream);
        foreach (var row in Rows(reader)) yield return row;
    }

    public static IEnumerable<string[]> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>A two-column file as a dictionary keyed by the first column (first row wins).</summary>
    public static Dictionary<string, string> Map(string name, StringComparer comparer)
    {
        var map = new Dictionary<string, string>(comparer);
        foreach (var row in Rows(name))
            if (row.Length >= 2) map.TryAdd(row[0], row[1]);
        return map;
    }
}
