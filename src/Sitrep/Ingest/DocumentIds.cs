using Sitrep.Documents;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Documents are keyed by a hash of where they came from (file name, archive entry or row, URL) and
/// their title and cleaned text: running the same input again stores nothing new, wherever it is run
/// from, while two files that happen to hold the same article stay two documents.
/// </summary>
internal static class DocumentIds
{
    public static string Compute(DocumentInfo origin, string text)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var where = $"{(origin.SourcePath is { } path ? Path.GetFileName(path) : "")}\0{origin.Locator}\0{origin.Url}\0";
        sha.AppendData(Encoding.UTF8.GetBytes(where));
        sha.AppendData(Encoding.UTF8.GetBytes(origin.Title ?? ""));
        sha.AppendData([0]);
        sha.AppendData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
