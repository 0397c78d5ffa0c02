using System.Text;
using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using Microsoft.Win32.SafeHandles;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// One byte range of a ledger CSV, starting at a line start, parsed on one thread straight from
/// UTF-8 bytes into its own columns: each row's fields are found from bit masks of <c>,</c>,
/// line break and <c>"</c> computed with vector compares (see <see cref="StructuralMasks"/> and
/// <see cref="UnquotedCsvRecord"/>); a row with a quote goes through <see cref="QuotedCsvRecord"/>.
/// </summary>
internal sealed class LedgerCsvPart(SafeFileHandle handle, long start, long end, long firstLine, int[] index, LedgerReadOptions options)
{
    private const int BufferSize = 1 << 20;
    private const int BatchRows = 8;
    private readonly List<(long Line, string? Field, string Problem, string Row)> _rejects = [];
    private readonly int[] _bounds = new int[2 * (index.Max() + 1)];
    private byte[] _scratch = [];
    private ulong[] _masks = [];
    private readonly int[] _batchBounds = new int[BatchRows * 2 * (index.Max() + 1)];
    private long _line;
    private long _rows;
    private long _position;

    /// <summary>Where rows go.</summary>
    public TransactionColumns? Columns { get; set; }

    /// <summary>Rows read so far (any thread may read it, for progress).</summary>
    public long Rows => Volatile.Read(ref _rows);

    /// <summary>Bytes read so far (any thread may read it, for progress).</summary>
    public long BytesDone => Volatile.Read(ref _position) - start;

    public long BadRows { get; private set; }

    /// <summary>The first bad row (when bad rows are not skipped): its line, field and problem.</summary>
    public (long Line, string? Field, string Problem)? Error { get; private set; }

    /// <summary>True when the range ended inside a quoted field: the cut before the next part was wrong.</summary>
    public bool EndedInsideQuotes { get; private set; }

    public IReadOnlyList<(long Line, string? Field, string Problem, string Row)> Rejects => _rejects;

    /// <summary>Line breaks passed so far: after a full run, the lines of the range (later parts' line numbers start after them).</summary>
    public long LinesSeen => _line - firstLine;

    /// <inheritdoc cref="LedgerRangeRows.Estimate"/>
    public int EstimateRows() => LedgerRangeRows.Estimate(handle, start, end);

    /// <summary>Parses the range; <paramref name="progress"/> is called about every 64k rows; stops early when <paramref name="stop"/> says so.</summary>
    public void Run(Action? progress, Func<bool> stop)
    {
        Columns ??= new TransactionColumns((int)Math.Min(Array.MaxLength - 1, LedgerRangeRows.CountLines(handle, start, end) + 1));
        var buffer = new byte[BufferSize];
        var filled = 0;
        _line = firstLine;
        _position = start;
        var nextCheck = 1L << 16;
        while (true)
        {
            var wanted = (int)Math.Min(buffer.Length - filled, end - _position);
            var read = wanted > 0 ? RandomAccess.Read(handle, buffer.AsSpan(filled, wanted), _position) : 0;
            Volatile.Write(ref _position, _position + read);
            filled += read;
            var final = _position >= end || read == 0;
            var consumed = Lines(buffer.AsSpan(0, filled), final);
            if (consumed < 0 || final)
            {
                return; // an error stopped the part, or the range is done
            }

            if (consumed == 0 && filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // a record longer than the buffer
            }

            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (_rows >= nextCheck)
            {
                nextCheck = _rows + (1L << 16);
                progress?.Invoke();
                if (stop())
                {
                    return;
                }
            }
        }
    }

    // Parses the complete lines of data (all of it when final); returns the bytes consumed, or −1 after a fatal error.
    // Rows go in batches: first the fields of up to BatchRows rows are found and their payer and
    // payee slots in the name table prefetched, then the rows are validated and added in order. Why:
    // the table of a large ledger is far bigger than the caches, and prefetching a batch's slots
    // together lets their cache misses overlap instead of paying for them one after another.
    // 8 rows (16 prefetches) measured faster than 4, 16 or 32 on the 10M ledger: more
    // prefetches than the processor can keep in flight stall it.
    private int Lines(ReadOnlySpan<byte> data, bool final)
    {
        var checkText = !System.Text.Ascii.IsValid(data);
        var needed = _bounds.Length / 2;
        var stride = 2 * needed;
        var masks = StructuralMasks.Of(data, ref _masks);
        Span<int> batch = _batchBounds;
        Span<int> rowStarts = stackalloc int[BatchRows];
        Span<int> lineEnds = stackalloc int[BatchRows];
        Span<int> fieldCounts = stackalloc int[BatchRows];
        var pos = 0;
        while (pos < data.Length)
        {
            var rows = 0;
            var quotedAt = -1;
            while (rows < BatchRows && pos < data.Length)
            {
                var bounds = batch.Slice(rows * stride, stride);
                var split = UnquotedCsvRecord.Split(data, masks, pos, final, bounds, out var fieldCount, out var lineEnd);
                if (split == UnquotedCsvRecord.Status.NeedMore)
                {
                    break;
                }

                if (split == UnquotedCsvRecord.Status.Quoted)
                {
                    quotedAt = pos;
                    break;
                }

                (rowStarts[rows], lineEnds[rows], fieldCounts[rows]) = (pos, lineEnd, fieldCount);
                rows++;
                pos = lineEnd + 1;
            }

            for (var r = 0; r < rows; r++)
            {
                var bounds = batch.Slice(r * stride, stride);
                if (fieldCounts[r] >= needed)
                {
                    Columns!.Parties.Touch(data[bounds[2 * index[1]]..bounds[(2 * index[1]) + 1]], data[bounds[2 * index[2]]..bounds[(2 * index[2]) + 1]]);
                }
            }

            for (var r = 0; r < rows; r++)
            {
                if (!Row(data, data, rowStarts[r], lineEnds[r], batch.Slice(r * stride, stride), fieldCounts[r], 0, checkText))
                {
                    return -1;
                }
            }

            if (quotedAt >= 0)
            {
                var status = QuotedCsvRecord.Parse(data, quotedAt, final, ref _scratch, _bounds, out var fieldCount, out pos, out var innerNewlines);
                if (status == QuotedCsvRecord.Status.NeedMore)
                {
                    return quotedAt;
                }

                if (status == QuotedCsvRecord.Status.Unterminated)
                {
                    EndedInsideQuotes = true;
                    Error = (_line, null, "quoted field not closed before the end of the file");
                    return -1;
                }

                var lineEnd = pos > quotedAt && data[pos - 1] == '\n' ? pos - 1 : pos;
                if (!Row(data, _scratch, quotedAt, lineEnd, _bounds, fieldCount, innerNewlines, checkText))
                {
                    return -1;
                }
            }
            else if (rows < BatchRows && pos < data.Length)
            {
                return pos; // the rest is an incomplete line
            }
        }

        return data.Length;
    }

    // Validates and adds one row (fields in text at bounds); false after a fatal error.
    private bool Row(ReadOnlySpan<byte> data, ReadOnlySpan<byte> text, int rowStart, int lineEnd, ReadOnlySpan<int> bounds, int fieldCount, int innerNewlines, bool checkText)
    {
        var line = _line;
        _line += innerNewlines + (lineEnd < data.Length ? 1 : 0);
        var row = data[rowStart..lineEnd];
        if (row.IsEmpty || (row.Length == 1 && row[0] == '\r'))
        {
            return true; // a blank line
        }

        string? field = null;
        string? problem;
        try
        {
            // Names are compared as bytes, so bytes that are not UTF-8 would make names that print alike yet differ.
            problem = checkText && !System.Text.Unicode.Utf8.IsValid(row)
                ? "not UTF-8 text"
                : LedgerRowParser.Add(text, bounds, fieldCount, index, Columns!, out field);
        }
        catch (InputException e)
        {
            Error = (line, e.Field, e.Problem); // e.g. a 257th currency: fatal even when skipping
            return false;
        }

        if (problem is not null)
        {
            if (!options.SkipBad)
            {
                Error = (line, field, problem);
                return false;
            }

            BadRows++;
            _rejects.Add((line, field, problem, Encoding.UTF8.GetString(row.Length > 0 && row[^1] == '\r' ? row[..^1] : row)));
        }

        _rows++;
        return true;
    }
}
