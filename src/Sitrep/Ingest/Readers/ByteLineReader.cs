using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>Reads a byte stream as header lines and length-delimited blocks (WARC records, HTTP messages).</summary>
internal sealed class ByteLineReader(Stream stream)
{
    const int MaxLine = 64 * 1024;
    readonly byte[] _buffer = new byte[64 * 1024];
    int _start, _end;

    bool Fill()
    {
        if (_start < _end) return true;
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    /// <summary>The next line without its CR LF (UTF-8; over-long lines are cut), or null at the end.</summary>
    public string? ReadLine()
    {
        var line = new List<byte>();
        bool any = false;
        while (Fill())
        {
            any = true;
            int nl = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = nl < 0 ? _end : nl;
            if (line.Count < MaxLine) line.AddRange(_buffer.AsSpan(_start, Math.Min(stop - _start, MaxLine - line.Count)).ToArray());
            _start = nl < 0 ? _end : nl + 1;
            if (nl >= 0) break;
        }
        if (!any) return null;
        if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
        return Encoding.UTF8.GetString(line.ToArray());
    }

    /// <summary>Consumes <paramref name="length"/> bytes, keeping the first <paramref name="keep"/>; returns how many were there.</summary>
    public (byte[] Kept, long Read) ReadBlock(long length, int keep)
    {
        var kept = new byte[(int)Math.Min(keep, length)];
        long read = 0;
        while (read < length && Fill())
        {
            int n = (int)Math.Min(_end - _start, length - read);
            if (read < kept.Length)
                _buffer.AsSpan(_start, (int)Math.Min(n, kept.Length - read)).CopyTo(kept.AsSpan((int)read));
            _start += n;
            read += n;
        }
        return (kept, read);
    }
}
