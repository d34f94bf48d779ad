namespace Sitrep.Ingest.Readers;

/// <summary>A read-only stream whose first bytes can be inspected (to sniff the format) before they are read.</summary>
internal sealed class PeekableStream : ReadOnlyStream
{
    public const int HeadSize = 8192;
    readonly Stream _inner;
    readonly byte[] _head;
    readonly int _headLength;
    int _headPosition;

    public PeekableStream(Stream inner)
    {
        _inner = inner;
        _head = new byte[HeadSize];
        int n;
        try
        {
            while (_headLength < HeadSize && (n = inner.Read(_head, _headLength, HeadSize - _headLength)) > 0)
                _headLength += n;
        }
        catch (InvalidDataException)
        {
            // Damage near the start: the reader meets it again when it reads on past the head.
        }
    }

    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < _headLength)
        {
            int n = Math.Min(buffer.Length, _headLength - _headPosition);
            _head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
            return n;
        }
        return _inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
