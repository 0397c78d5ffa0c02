using Dealgraph.Core;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Streams a ledger CSV (<c>id,payer,payee,amount,currency,timestamp</c>, columns in any order,
/// extra columns ignored) into <see cref="TransactionColumns"/> with Sep: no string per field
/// (names are interned from spans, amounts and timestamps parsed from spans). A large file is
/// cut at a line break into one part per core, parsed in parallel and stitched back in order.
/// </summary>
public static class LedgerCsvReader
{
    /// <summary>The required columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "payer", "payee", "amount", "currency", "timestamp"];

    private const long ParallelThreshold = 8 << 20;

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
        var split = options.Parallel && length >= ParallelThreshold && Environment.ProcessorCount > 1 ? LineBreakAfter(handle, length / 2) : length;
        var parts = split < length
            ? new[] { new LedgerCsvPart(path, handle, 0, split, options), new LedgerCsvPart(path, handle, split, length, options) }
            : [new LedgerCsvPart(path, handle, 0, length, options)];
        if (parts.Length == 2)
        {
            // Part 2 has no header: it takes its column positions from the first line.
            parts[1].UseHeaderOf(handle);
            try
            {
                Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, part => part.Run(() => parts.Sum(p => p.Rows)));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }

            if (parts[0].QuotesSeen % 2 == 1)
            {
                // The cut fell inside a quoted field that spans lines: read the file in one part.
                parts = [new LedgerCsvPart(path, handle, 0, length, options)];
                parts[0].Run(null);
            }
        }
        else
        {
            parts[0].Run(null);
        }

        var lineOffset = 0L;
        foreach (var part in parts)
        {
            part.ThrowFirstError(lineOffset);
            lineOffset += part.NewlinesSeen;
        }

        WriteRejects(options, parts);
        var columns = parts[0].Columns;
        for (var i = 1; i < parts.Length; i++)
        {
            columns.Append(parts[i].Columns);
        }

        options.Progress?.Invoke(columns.Count, length);
        return new LedgerReadResult(columns, parts.Sum(p => p.BadRows), length);
    }

    private static void WriteRejects(LedgerReadOptions options, LedgerCsvPart[] parts)
    {
        if (!options.SkipBad || options.RejectsPath is not { } rejectsPath)
        {
            return;
        }

        using var rejects = new RejectsWriter(rejectsPath);
        var lineOffset = 0L;
        foreach (var part in parts)
        {
            foreach (var (line, field, problem, row) in part.Rejects)
            {
                rejects.Write(line + lineOffset, field, problem, row);
            }

            lineOffset += part.NewlinesSeen;
        }
    }

    private static long LineBreakAfter(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long position)
    {
        var buffer = new byte[1 << 16];
        while (position < RandomAccess.GetLength(handle))
        {
            var read = RandomAccess.Read(handle, buffer, position);
            var index = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (index >= 0)
            {
                return position + index + 1;
            }

            position += read;
        }

        return position;
    }
}
