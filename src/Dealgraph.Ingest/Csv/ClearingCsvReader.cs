using System.Text;
using Dealgraph.Core;
using Dealgraph.Core.Analyses;
using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Csv;

/// <summary>
/// Reads a stress test's input from two CSV files, strictly: <c>debtor,creditor,amount</c> and
/// <c>party,assets</c>, each with exactly that header line. Amounts are plain non-negative
/// numbers in currency units (<c>1500000</c>, <c>1.5e6</c>). Any bad line is an
/// <see cref="InputException"/> naming file, line and column.
/// </summary>
public static class ClearingCsvReader
{
    private static readonly string[] LiabilityHeader = ["debtor", "creditor", "amount"];
    private static readonly string[] AssetHeader = ["party", "assets"];

    // A row's cells as spans of its text: a million-row file is read without a string per cell.
    private delegate void RowAction(int line, ReadOnlySpan<char> row, ReadOnlySpan<Range> cells);

    /// <summary>
    /// Reads both files into a network; parties are every id in either file, in order of first
    /// appearance. Parties the assets file does not list get 0 and are named in <paramref name="withoutAssets"/>.
    /// </summary>
    /// <exception cref="InputException">A file is missing or a line is malformed.</exception>
    public static ClearingNetwork Read(string liabilitiesPath, string assetsPath, out IReadOnlyList<int> withoutAssets)
    {
        var parties = new PartyIndex();
        var debtor = new List<int>();
        var creditor = new List<int>();
        var amount = new List<decimal>();
        ForEachRow(liabilitiesPath, LiabilityHeader, (line, row, cells) =>
        {
            var d = Id(row[cells[0]], liabilitiesPath, line, "debtor");
            var c = Id(row[cells[1]], liabilitiesPath, line, "creditor");
            if (d.SequenceEqual(c))
            {
                throw new InputException($"'{d}' cannot owe itself", liabilitiesPath, line, "creditor");
            }
            var a = Number(row[cells[2]], liabilitiesPath, line, "amount");
            debtor.Add(parties.Of(d));
            creditor.Add(parties.Of(c));
            amount.Add(a);
        });
        var assetsById = new Dictionary<int, (decimal Value, int Line)>();
        ForEachRow(assetsPath, AssetHeader, (line, row, cells) =>
        {
            var p = Id(row[cells[0]], assetsPath, line, "party");
            var at = parties.Of(p);
            if (assetsById.TryGetValue(at, out var seen))
            {
                throw new InputException($"'{p}' already has assets on line {seen.Line}", assetsPath, line, "party");
            }
            assetsById[at] = (Number(row[cells[1]], assetsPath, line, "assets"), line);
        });
        var assets = new decimal[parties.Count];
        foreach (var (at, (value, _)) in assetsById)
        {
            assets[at] = value;
        }
        withoutAssets = [.. Enumerable.Range(0, parties.Count).Where(i => !assetsById.ContainsKey(i))];
        return new ClearingNetwork(parties.Ids, [.. debtor], [.. creditor], [.. amount], assets);
    }

    private static void ForEachRow(string path, string[] header, RowAction action)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a directory, not a CSV file", path);
        }
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        Span<Range> cells = stackalloc Range[header.Length + 1];
        var unquoted = new StringBuilder();
        var quotedFields = new List<Range>();
        var line = 0;
        var first = true;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var row = text.AsSpan().TrimEnd('\r');
            if (row.IsWhiteSpace())
            {
                continue;
            }
            int count;
            if (row.Contains('"'))
            {
                if (QuotedCsvLine.Split(row, unquoted, quotedFields) is { } problem)
                {
                    throw new InputException(problem, path, line);
                }
                row = unquoted.ToString();
                count = quotedFields.Count;
                for (var i = 0; i < Math.Min(count, cells.Length); i++)
                {
                    cells[i] = quotedFields[i];
                }
            }
            else
            {
                count = row.Count(',') + 1;
                row.Split(cells, ',');
                for (var i = 0; i < Math.Min(count, cells.Length); i++)
                {
                    cells[i] = Trimmed(row, cells[i]);
                }
            }
            if (first)
            {
                first = false;
                CheckHeader(row, cells[..Math.Min(count, cells.Length)], count, header, path, line);
                continue;
            }
            if (count != header.Length)
            {
                throw new InputException($"expected {header.Length} fields ({string.Join(',', header)}), found {count}", path, line);
            }
            action(line, row, cells[..count]);
        }
        if (first)
        {
            throw new InputException($"the file is empty; it needs the header '{string.Join(',', header)}'", path, 1);
        }
    }

    private static void CheckHeader(ReadOnlySpan<char> row, ReadOnlySpan<Range> cells, int count, string[] header, string path, int line)
    {
        var exact = count == header.Length;
        for (var i = 0; i < cells.Length && i < header.Length; i++)
        {
            exact &= row[cells[i]].SequenceEqual(header[i]);
        }
        if (exact)
        {
            return;
        }
        var names = row.ToString().Split(',').Select(c => c.Trim());
        var unknown = names.FirstOrDefault(c => !header.Contains(c, StringComparer.Ordinal));
        throw new InputException(
            unknown is null ? $"the header must be exactly '{string.Join(',', header)}'" : $"unknown column '{unknown}': the header must be exactly '{string.Join(',', header)}'",
            path, line);
    }

    private static Range Trimmed(ReadOnlySpan<char> row, Range cell)
    {
        var (start, length) = cell.GetOffsetAndLength(row.Length);
        var span = row.Slice(start, length);
        var lead = span.Length - span.TrimStart().Length;
        var kept = span.Trim().Length;
        return new Range(start + lead, start + lead + kept);
    }

    private static ReadOnlySpan<char> Id(ReadOnlySpan<char> cell, string path, int line, string column) =>
        cell.Length > 0 ? cell : throw new InputException("a party id is empty", path, line, column);

    private static decimal Number(ReadOnlySpan<char> cell, string path, int line, string column) =>
        ExactFigure.TryRead(cell, out var value, out var error) ? value : throw new InputException(error, path, line, column);
}
