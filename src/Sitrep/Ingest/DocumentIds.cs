using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>Documents are keyed by a hash of their title and cleaned text, so the same input stores once.</summary>
public static class DocumentIds
{
    public static string Compute(string? title, string text)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(title ?? ""));
        sha.AppendData([0]);
        sha.AppendData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
