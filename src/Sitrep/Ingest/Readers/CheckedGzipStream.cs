using System.Buffers.Binary;
using System.IO.Compression;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Gunzips and notices truncation, which <see cref="GZipStream"/> reports as a normal end of data:
/// at the end, the decompressed length must match the size recorded in the gzip trailer. The check holds
/// for single-member files; multi-member files (WARC.gz, a member per record) turn it off and rely on
/// their own record lengths.
/// </summary>
internal sealed class CheckedGzipStream : ReadOnlyStream
{
    readonly TailStream _compressed;
    readonly GZipStream _gzip;
    long _length;

    public CheckedGzipStream(Stream compressed)
    {
        _compressed = new TailStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    public bool VerifyLength { get; set; } = true;

    public override int Read(Span<byte> buffer)
    {
        int n = _gzip.Read(buffer);
        _length += n;
        // Checked at every end-of-data read, so a reader that turned the check off after sniffing is not failed.
        if (n == 0 && buffer.Length > 0)
        {
            if (VerifyLength && _compressed.Tail is { } tail)
            {
                uint expected = BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]);
                if (expected != (uint)_length)
                    throw new InvalidDataException($"truncated or corrupt gzip: {_length:N0} bytes decompressed, trailer says {expected:N0}");
            }
            else if (VerifyLength)
                throw new InvalidDataException("truncated gzip: no trailer");
        }
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }


    /// <summary>Passes bytes through and remembers the last eight (the gzip trailer once the input ends).</summary>
    sealed class TailStream(Stream inner) : ReadOnlyStream
    {
        readonly byte[] _tail = new byte[8];
        long _total;

        public byte[]? Tail => _total >= 18 ? _tail : null; // a gzip member is at least 18 bytes

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            if (n >= 8) buffer.Slice(n - 8, 8).CopyTo(_tail);
            else if (n > 0)
            {
                _tail.AsSpan(n).CopyTo(_tail);
                buffer[..n].CopyTo(_tail.AsSpan(8 - n));
            }
            _total += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
