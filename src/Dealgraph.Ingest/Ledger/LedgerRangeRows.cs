using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// How many rows a byte range of a ledger CSV holds, for sizing its columns before it is parsed:
/// a quick estimate from a sample, or an upper bound from a count of its line breaks.
/// </summary>
internal static class LedgerRangeRows
{
    private const int BufferSize = 1 << 20;

    /// <summary>
    /// Room for the rows of the range, without reading all of it: the line breaks of its first
    /// megabyte scaled to its length, plus a margin. Why: an exact count is a second pass over
    /// the file; rows beyond the estimate make the part throw <see cref="InvalidOperationException"/>
    /// and the reader start over in one part. Unused room is never touched, so costs no memory.
    /// </summary>
    public static int Estimate(SafeFileHandle handle, long start, long end)
    {
        var sample = ArrayPool<byte>.Shared.Rent(BufferSize);
        var read = RandomAccess.Read(handle, sample.AsSpan(0, (int)Math.Min(BufferSize, end - start)), start);
        var lines = sample.AsSpan(0, read).Count((byte)'\n');
        ArrayPool<byte>.Shared.Return(sample);
        if (start + read >= end)
        {
            return lines + 1;
        }

        var estimate = ((double)(end - start) / Math.Max(1, read) * lines * 1.08) + 4096;
        return (int)Math.Min(Array.MaxLength / 4, estimate);
    }

    /// <summary>Line breaks in the range [<paramref name="start"/>, <paramref name="end"/>): an upper bound of its rows.</summary>
    public static long CountLines(SafeFileHandle handle, long start, long end)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long lines = 0;
        for (var position = start; position < end;)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(BufferSize, end - position)), position);
            if (read == 0)
            {
                break;
            }

            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            position += read;
        }

        ArrayPool<byte>.Shared.Return(buffer);
        return lines;
    }
}
