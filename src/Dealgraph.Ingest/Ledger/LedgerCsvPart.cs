using System.Text;
using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using Microsoft.Win32.SafeHandles;
using nietras.SeparatedValues;

namespace Dealgraph.Ingest.Ledger;

/// <summary>One byte range of a ledger CSV, parsed on one thread into its own columns.</summary>
internal sealed class LedgerCsvPart(string path, SafeFileHandle handle, long start, long end, LedgerReadOptions options)
{
    private readonly List<(long Line, string? Field, string Problem, string Row)> _rejects = [];
    private int[]? _index;
    private (long Line, string? Field, string Problem)? _error;

    public TransactionColumns Columns { get; private set; } = new(16);

    public long Rows { get; private set; }

    public long BadRows { get; private set; }

    public long NewlinesSeen { get; private set; }

    public long QuotesSeen { get; private set; }

    public IReadOnlyList<(long Line, string? Field, string Problem, string Row)> Rejects => _rejects;

    /// <summary>Takes column positions from the file's first line (a part without a header).</summary>
    public void UseHeaderOf(SafeFileHandle file)
    {
        var buffer = new byte[Math.Min(1 << 16, RandomAccess.GetLength(file))];
        var read = RandomAccess.Read(file, buffer, 0);
        var line = Encoding.UTF8.GetString(buffer, 0, Math.Max(0, buffer.AsSpan(0, read).IndexOf((byte)'\n'))).TrimStart('\uFEFF').TrimEnd('\r');
        var names = line.Split(',').Select(n => n.Trim()).ToList();
        _index = [.. LedgerCsvReader.Columns.Select(c => names.IndexOf(c))];
    }

    /// <summary>Parses the range; <paramref name="totalRows"/> (when given) feeds progress reports.</summary>
    public void Run(Func<long>? totalRows)
    {
        using var stream = new FileSegmentStream(handle, start, end);
        Columns = new TransactionColumns(EstimateRows(end - start));
        var hasHeader = _index is null;
        using var reader = Sep.New(',')
            .Reader(o => o with { HasHeader = hasHeader, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer })
            .From(stream);
        int[] index;
        try
        {
            index = _index ?? HeaderIndexes(reader);
        }
        catch (InputException e)
        {
            _error = (1, e.Field, e.Problem);
            return;
        }

        if (index.Any(i => i < 0))
        {
            return; // the first part reports the missing column
        }

        var reportProgress = start == 0 && options.Progress is not null;
        foreach (var row in reader)
        {
            var problem = LedgerRowParser.Add(row, index, Columns, out var field);
            if (problem is not null)
            {
                if (!options.SkipBad)
                {
                    _error = (row.LineNumberFrom, field, problem);
                    break;
                }

                BadRows++;
                _rejects.Add((row.LineNumberFrom, field, problem, row.Span.ToString()));
            }

            if ((++Rows & 0xFFFF) == 0 && reportProgress)
            {
                options.Progress!(totalRows?.Invoke() ?? Rows, stream.Position * (totalRows is null ? 1 : 2));
            }
        }

        NewlinesSeen = stream.Newlines;
        QuotesSeen = stream.Quotes;
    }

    /// <summary>Throws this part's first bad row, its line shifted by the lines of earlier parts.</summary>
    public void ThrowFirstError(long lineOffset)
    {
        if (_error is { } e)
        {
            throw new InputException(e.Problem, path, (int)(e.Line + lineOffset), e.Field);
        }
    }

    private int[] HeaderIndexes(SepReader reader)
    {
        var index = new int[LedgerCsvReader.Columns.Count];
        for (var c = 0; c < index.Length; c++)
        {
            if (!reader.Header.TryIndexOf(LedgerCsvReader.Columns[c], out index[c]))
            {
                var expected = string.Join(',', LedgerCsvReader.Columns);
                throw new InputException($"header lacks column '{LedgerCsvReader.Columns[c]}' (expected {expected})", path, 1, LedgerCsvReader.Columns[c]);
            }
        }

        return index;
    }

    // Sizing the columns from the average line length of the first 64 KB avoids growing (and so
    // briefly doubling) multi-million-row arrays; the small margin absorbs longer later lines.
    private int EstimateRows(long length)
    {
        var sample = new byte[Math.Min(1 << 16, length)];
        var read = RandomAccess.Read(handle, sample, start);
        var lines = sample.AsSpan(0, read).Count((byte)'\n');
        if (lines < 2 || read < sample.Length)
        {
            return Math.Max(lines + 1, 16);
        }

        var estimate = (double)length / read * lines * 1.02;
        return (int)Math.Min(Array.MaxLength, estimate + 1024);
    }
}
