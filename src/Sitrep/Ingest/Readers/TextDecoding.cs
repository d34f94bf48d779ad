using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>Decoded text plus what went wrong on the way (invalid bytes replaced, input longer than the cap).</summary>
internal sealed record DecodedText(string Text, int InvalidBytes, bool Truncated)
{
    public IEnumerable<string> Warnings(int cap)
    {
        if (InvalidBytes > 0) yield return InvalidUtf8(InvalidBytes);
        if (Truncated) yield return $"input cut at {cap:N0} characters (the size cap)";
    }

    public static string InvalidUtf8(int count) => $"invalid UTF-8: {count:N0} byte sequence(s) replaced with U+FFFD";
}

/// <summary>UTF-8 decoding (or a BOM's or declared charset's encoding) with counted replacement of invalid bytes.</summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads at most <paramref name="maxChars"/> characters; the rest of the stream is left unread.</summary>
    public static DecodedText Read(Stream stream, int maxChars, Encoding? declared = null)
    {
        var fallback = new CountingFallback();
        var encoding = (Encoding)(declared ?? Encoding.UTF8).Clone();
        encoding.DecoderFallback = fallback;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var buffer = new char[Math.Min(maxChars, 64 * 1024) + 1];
        var sb = new StringBuilder();
        int n;
        bool truncated = false;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (sb.Length + n > maxChars)
            {
                sb.Append(buffer, 0, maxChars - sb.Length);
                truncated = true;
                break;
            }
            sb.Append(buffer, 0, n);
        }
        return new DecodedText(sb.ToString(), fallback.Count, truncated);
    }

    /// <summary>A line reader over a stream whose invalid bytes are counted in <paramref name="invalid"/>.</summary>
    public static StreamReader OpenReader(Stream stream, out InvalidByteCounter invalid)
    {
        var fallback = new CountingFallback();
        invalid = fallback;
        var encoding = (Encoding)Encoding.UTF8.Clone();
        encoding.DecoderFallback = fallback;
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        var fallback = new CountingFallback();
        var encoding = (Encoding)(declared ?? Encoding.UTF8).Clone();
        encoding.DecoderFallback = fallback;
        if (bytes.StartsWith("\xEF\xBB\xBF"u8)) bytes = bytes[3..];
        return new DecodedText(encoding.GetString(bytes), fallback.Count, false);
    }

    /// <summary>The encoding named by a charset label, or null when unknown or absent.</summary>
    public static Encoding? FromCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        try { return Encoding.GetEncoding(charset.Trim().Trim('"', '\'')); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>How many invalid byte sequences a decoder has replaced so far.</summary>
    internal abstract class InvalidByteCounter : DecoderFallback
    {
        public int Count { get; protected set; }
    }

    sealed class CountingFallback : InvalidByteCounter
    {
        public override int MaxCharCount => 1;
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            int _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0) return '\0';
                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining > 0) return false;
                _remaining = 1;
                return true;
            }

            public override int Remaining => _remaining;
        }
    }
}
