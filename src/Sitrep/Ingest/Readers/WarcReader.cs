using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Streams WARC/1.x records: HTTP response records (and resource records) holding HTML become documents;
/// other records are passed over. A malformed or truncated record is one error naming its number, and
/// reading resumes at the next "WARC/" line.
/// </summary>
internal static class WarcReader
{
    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options)
    {
        var input = new ByteLineReader(stream);
        int keep = (int)Math.Min(int.MaxValue / 2, (long)options.MaxDocumentChars * 8);
        int record = 0;
        var line = input.ReadLine();
        while (true)
        {
            while (line is { Length: 0 }) line = input.ReadLine();
            if (line is null) yield break;
            var at = source.Within($"record {++record}");
            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                yield return at.Error($"expected a WARC/1.x version line, found \"{SourceInput.Shorten(line)}\"");
                line = Resync(input);
                continue;
            }
            var headers = ReadHeaders(input);
            if (headers is null)
            {
                yield return at.Error("truncated record header");
                yield break;
            }
            if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
            {
                yield return at.Error("missing or invalid Content-Length");
                line = Resync(input);
                continue;
            }
            var type = headers.GetValueOrDefault("WARC-Type");
            var contentType = headers.GetValueOrDefault("Content-Type") ?? "";
            bool response = type == "response" && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
            bool resource = type == "resource" && IsHtml(contentType);
            var (block, read) = input.ReadBlock(length, response || resource ? keep : 0);
            if (read < length)
            {
                yield return at.Error($"truncated record ({read:N0} of {length:N0} bytes)");
                yield break;
            }
            var url = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
            string? error = null;
            if (response && Payload(block, out error) is { } payload)
                yield return Document(payload.Body, payload.Charset, length > keep, at, url, options);
            else if (error != null)
                yield return at.Error(error);
            else if (resource)
                yield return Document(block, Charset(contentType), length > keep, at, url, options);
            line = input.ReadLine();
        }
    }

    static IngestResult Document(byte[] body, string? charset, bool cut, SourceInput at, string? url, IngestOptions options)
    {
        var decoded = TextDecoding.Decode(body, TextDecoding.FromCharset(charset) ?? HtmlReader.DeclaredEncoding(body));
        var warnings = decoded.Warnings(0).ToList();
        if (cut) warnings.Add($"page cut at {body.Length:N0} bytes (size cap)");
        return DocumentBuilder.Build(HtmlReader.FromHtml(decoded.Text, at, warnings, url, options), options);
    }

    static Dictionary<string, string>? ReadHeaders(ByteLineReader input)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0) return headers;
            int colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return null;
    }

    static string? Resync(ByteLineReader input)
    {
        while (input.ReadLine() is { } line)
            if (line.StartsWith("WARC/", StringComparison.Ordinal)) return line;
        return null;
    }

    sealed record HttpPayload(byte[] Body, string? Charset);

    /// <summary>The HTML body of a successful HTTP response; null (with no error) for other responses.</summary>
    static HttpPayload? Payload(byte[] block, out string? error)
    {
        error = null;
        int end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        int skip = 4;
        if (end < 0) { end = block.AsSpan().IndexOf("\n\n"u8); skip = 2; }
        if (end < 0)
        {
            error = "HTTP response without a header/body separator";
            return null;
        }
        var lines = Encoding.Latin1.GetString(block, 0, end).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var status = lines[0].Split(' ');
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out var code))
        {
            error = $"malformed HTTP status line \"{SourceInput.Shorten(lines[0])}\"";
            return null;
        }
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var contentType = headers.GetValueOrDefault("Content-Type") ?? "";
        if (code is < 200 or >= 300 || !IsHtml(contentType)) return null;
        var body = block[(end + skip)..];
        try
        {
            if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) body = Dechunk(body);
            if (headers.GetValueOrDefault("Content-Encoding") is { } enc && enc is "gzip" or "x-gzip" or "deflate") body = Inflate(body, enc);
        }
        catch (InvalidDataException e)
        {
            error = $"undecodable HTTP body ({e.Message})";
            return null;
        }
        return new HttpPayload(body, Charset(contentType));
    }

    static bool IsHtml(string contentType) =>
        contentType.Contains("text/html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase);

    static string? Charset(string contentType)
    {
        int i = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? null : contentType[(i + 8)..].Split(';')[0].Trim();
    }

    static byte[] Inflate(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "deflate" ? new ZLibStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        int pos = 0;
        while (pos < body.Length)
        {
            int nl = Array.IndexOf(body, (byte)'\n', pos);
            if (nl < 0) throw new InvalidDataException("bad chunk header");
            var sizeText = Encoding.ASCII.GetString(body, pos, nl - pos).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0 || nl + 1 + size > body.Length)
                throw new InvalidDataException("bad chunk size");
            if (size == 0) break;
            output.Write(body, nl + 1, size);
            pos = nl + 1 + size;
            while (pos < body.Length && body[pos] is (byte)'\r' or (byte)'\n') pos++;
        }
        return output.ToArray();
    }
}
