using System.Text;

namespace Sitrep.Ingest.Readers;

internal enum SourceKind { Text, Html, Feed, Jsonl, Csv, Warc, Gzip, Tar, Sqlite, Binary, Empty }

/// <summary>Chooses a reader from the first bytes of the content, helped by the extension where content is ambiguous.</summary>
internal static class Sniffer
{
    public static SourceKind Detect(ReadOnlySpan<byte> head, string extension)
    {
        if (head.IsEmpty) return SourceKind.Empty;
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b) return SourceKind.Gzip;
        if (head.Length > 262 && head.Slice(257, 5).SequenceEqual("ustar"u8)) return SourceKind.Tar;
        if (head.StartsWith("SQLite format 3\0"u8)) return SourceKind.Sqlite;
        if (head.StartsWith("\xEF\xBB\xBF"u8)) head = head[3..];
        if (LooksBinary(head)) return SourceKind.Binary;
        if (head.StartsWith("WARC/"u8) || extension == "warc") return SourceKind.Warc;

        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 2048)]).TrimStart();
        if (text.Length == 0) return SourceKind.Empty;
        if (text[0] == '<')
        {
            var lower = text.ToLowerInvariant();
            if (lower.Contains("<rss") || lower.Contains("<feed") || lower.Contains("<rdf:rdf")) return SourceKind.Feed;
            if (lower.StartsWith("<?xml", StringComparison.Ordinal) && !lower.Contains("<html")) return SourceKind.Feed;
            return SourceKind.Html;
        }
        switch (extension)
        {
            case "html" or "htm" or "xhtml": return SourceKind.Html;
            case "rss" or "atom" or "xml": return SourceKind.Feed;
            case "jsonl" or "ndjson" or "json": return SourceKind.Jsonl;
            case "csv" or "tsv": return SourceKind.Csv;
        }
        return LooksLikeJson(text) ? SourceKind.Jsonl : SourceKind.Text;
    }

    /// <summary>A JSON object per line, a pretty-printed object ("{" alone on its line) or an array of objects.</summary>
    static bool LooksLikeJson(string text)
    {
        var first = FirstLine(text).TrimEnd();
        if (text[0] == '{') return first.EndsWith('}') || first == "{" || first.StartsWith("{\"", StringComparison.Ordinal);
        return text[0] == '[' && text[1..].TrimStart() is { Length: > 0 } rest && rest[0] is '{' or ']';
    }

    static string FirstLine(string text)
    {
        int nl = text.IndexOf('\n');
        return nl < 0 ? text : text[..nl];
    }

    /// <summary>NUL bytes, or many control characters, mean the file is not text (UTF-16 is not read).</summary>
    static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0) return true;
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0c and not 0x1b) control++;
        return control > head.Length / 20;
    }
}
