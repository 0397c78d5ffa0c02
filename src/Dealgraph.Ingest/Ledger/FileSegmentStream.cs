using Microsoft.Win32.SafeHandles;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// A read-only stream over bytes [start, end) of a file, counting the newlines and double quotes
/// it passes on (the reader needs both to stitch parts back together) at no extra pass.
/// </summary>
internal sealed class FileSegmentStream : Stream
{
    private readonly SafeFileHandle _handle;
    private readonly long _start;
    private readonly long _end;
    private long _position;

    public FileSegmentStream(SafeFileHandle handle, long start, long end)
    {
        (_handle, _start, _end, _position) = (handle, start, end, start);
    }

    public long Newlines { get; private set; }

    public long Quotes { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _end - _start;

    public override long Position
    {
        get => _position - _start;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, _end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(_handle, buffer[..wanted], _position);
        _position += read;
        Newlines += buffer[..read].Count((byte)'\n');
        Quotes += buffer[..read].Count((byte)'"');
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
