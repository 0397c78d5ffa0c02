using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using Microsoft.Win32.SafeHandles;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Reads a ledger CSV (<c>id,payer,payee,amount,currency,timestamp</c>, columns in any order,
/// extra columns ignored) into <see cref="TransactionColumns"/> straight from its UTF-8 bytes:
/// no string per field, no UTF-16 transcoding. A large file is cut at line breaks into one part
/// per core; the parts are parsed in parallel into one set of arrays, each interning names in
/// its own table, and joined in order (ids remapped) at the end.
/// </summary>
public static class LedgerCsvReader
{
    /// <summary>The required columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "payer", "payee", "amount", "currency", "timestamp"];

    /// <summary>Reads a file; bad input raises <see cref="InputException"/> with file, line and field.</summary>
    public static LedgerReadResult Read(string path, LedgerReadOptions? options = null)
    {
        options ??= new LedgerReadOptions();
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        var (index, dataStart) = LedgerCsvHeader.Read(handle, path);
        var partCount = options.Parallel ? (int)Math.Clamp((length - dataStart) / Math.Max(1, options.MinPartBytes), 1, options.MaxParts ?? Environment.ProcessorCount) : 1;
        var parts = partCount > 1 ? ReadInParts(handle, index, dataStart, length, partCount, options) : null;
        if (parts is null)
        {
            var whole = new LedgerCsvPart(handle, dataStart, length, 0, index, options);
            whole.Run(Progress(options, [whole], length), () => false);
            parts = [whole];
        }

        // Line 1 is the header; each part's lines follow those of the parts before it.
        var firstLines = new long[parts.Length];
        firstLines[0] = 2;
        for (var i = 1; i < parts.Length; i++)
        {
            firstLines[i] = firstLines[i - 1] + parts[i - 1].LinesSeen;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Error is { } e)
            {
                throw new InputException(e.Problem, path, (int)Math.Min(int.MaxValue, e.Line + firstLines[i]), e.Field);
            }
        }

        WriteRejects(options, parts, firstLines);
        var columns = parts.Length > 1 ? TransactionColumns.Join([.. parts.Select(p => p.Columns!)]) : parts[0].Columns!;
        options.Progress?.Invoke(columns.Count, length);
        return new LedgerReadResult(columns, parts.Sum(p => p.BadRows), length);
    }

    // Null when a cut fell inside a quoted field spanning lines: then the file is read in one part.
    private static LedgerCsvPart[]? ReadInParts(SafeFileHandle handle, int[] index, long dataStart, long length, int partCount, LedgerReadOptions options)
    {
        var cuts = new long[partCount + 1];
        cuts[0] = dataStart;
        cuts[partCount] = length;
        for (var i = 1; i < partCount; i++)
        {
            cuts[i] = Math.Max(cuts[i - 1], LineStartAfter(handle, dataStart + ((length - dataStart) * i / partCount), length));
        }

        // Each part numbers its lines from 0; they are shifted by the lines of the parts before it
        // once all are done (see ShiftLines), so no pass over the file is needed first.
        var parts = Enumerable.Range(0, partCount).Select(i => new LedgerCsvPart(handle, cuts[i], cuts[i + 1], 0, index, options)).ToArray();
        var columns = TransactionColumns.Split([.. parts.Select(p => p.EstimateRows())]);
        for (var i = 0; i < partCount; i++)
        {
            parts[i].Columns = columns[i];
        }

        // A part after one that stopped at a bad row has nothing to report: it may stop too.
        var firstFailed = int.MaxValue;
        var progress = Progress(options, parts, length);
        try
        {
            Parallel.For(0, partCount, new ParallelOptions { MaxDegreeOfParallelism = partCount }, i =>
            {
                parts[i].Run(i == 0 ? progress : null, () => Volatile.Read(ref firstFailed) < i);
                if (parts[i].Error is not null)
                {
                    InterlockedMin(ref firstFailed, i);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is InvalidOperationException))
        {
            return null; // a part had more rows than estimated: read in one part
        }

        return parts.Take(partCount - 1).Any(p => p.EndedInsideQuotes) ? null : parts;
    }

    private static Action? Progress(LedgerReadOptions options, LedgerCsvPart[] parts, long length) =>
        options.Progress is not { } report ? null : () => report(parts.Sum(p => p.Rows), Math.Min(length, parts.Sum(p => p.BytesDone)));

    private static void InterlockedMin(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value < seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    private static void WriteRejects(LedgerReadOptions options, LedgerCsvPart[] parts, long[] firstLines)
    {
        if (!options.SkipBad || options.RejectsPath is not { } rejectsPath)
        {
            return;
        }

        using var rejects = new RejectsWriter(rejectsPath);
        for (var i = 0; i < parts.Length; i++)
        {
            foreach (var (line, field, problem, row) in parts[i].Rejects)
            {
                rejects.Write(line + firstLines[i], field, problem, row);
            }
        }
    }

    private static long LineStartAfter(SafeFileHandle handle, long position, long length)
    {
        var buffer = new byte[1 << 16];
        while (position < length)
        {
            var read = RandomAccess.Read(handle, buffer, position);
            if (read == 0)
            {
                break;
            }

            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }

            position += read;
        }

        return length;
    }
}
