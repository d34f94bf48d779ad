using System.Security.Cryptography;
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

    /// <summary>Lists the gazetteer is built from, so an edit to them rebuilds the index.</summary>
    public static readonly string[] GazetteerLists =
        ["regions.txt", "country-points.txt", "country-aliases.txt", "us-state-abbreviations.txt", "arabic-articles.txt", "transliteration.txt", "diacritics.txt"];

    /// <summary>A short hash of the contents of <paramref name="fileNames"/>.</summary>
    public static string Fingerprint(IEnumerable<string> fileNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in fileNames)
        {
            using var stream = EmbeddedData.Open("Places/English/" + name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(copy.GetBuffer(), 0, (int)copy.Length);
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }
}
