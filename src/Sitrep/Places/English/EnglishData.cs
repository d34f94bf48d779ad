using Sitrep.Pipeline;

namespace Sitrep.Places;

/// <summary>Reads the plain-text word lists embedded from Places/English/.</summary>
static class EnglishData
{
    /// <summary>Non-empty lines of an embedded list, without <c>#</c> comments, trimmed.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        using var reader = new StreamReader(EmbeddedData.Open("Places/English/" + fileName));
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0) yield return text;
        }
    }
}
