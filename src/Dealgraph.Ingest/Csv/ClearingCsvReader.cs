using System.Globalization;
using Dealgraph.Core;
using Dealgraph.Core.Analyses;

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

    /// <summary>Reads both files into a network; parties are every id in either file, in order of first appearance.</summary>
    /// <exception cref="InputException">A file is missing or a line is malformed.</exception>
    public static ClearingNetwork Read(string liabilitiesPath, string assetsPath)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var parties = new List<string>();
        int Party(string id)
        {
            if (!index.TryGetValue(id, out var i))
            {
                index[id] = i = parties.Count;
                parties.Add(id);
            }
            return i;
        }
        var debtor = new List<int>();
        var creditor = new List<int>();
        var amount = new List<decimal>();
        foreach (var (line, cells) in Rows(liabilitiesPath, LiabilityHeader))
        {
            var d = Id(cells[0], liabilitiesPath, line, "debtor");
            var c = Id(cells[1], liabilitiesPath, line, "creditor");
            if (d == c)
            {
                throw new InputException($"'{d}' cannot owe itself", liabilitiesPath, line, "creditor");
            }
            var a = Number(cells[2], liabilitiesPath, line, "amount");
            debtor.Add(Party(d));
            creditor.Add(Party(c));
            amount.Add(a);
        }
        var assetsById = new Dictionary<string, (decimal Value, int Line)>(StringComparer.Ordinal);
        foreach (var (line, cells) in Rows(assetsPath, AssetHeader))
        {
            var p = Id(cells[0], assetsPath, line, "party");
            if (assetsById.TryGetValue(p, out var seen))
            {
                throw new InputException($"'{p}' already has assets on line {seen.Line}", assetsPath, line, "party");
            }
            assetsById[p] = (Number(cells[1], assetsPath, line, "assets"), line);
            Party(p);
        }
        var assets = parties.Select(p => assetsById.TryGetValue(p, out var a) ? a.Value : 0m).ToArray();
        return new ClearingNetwork(parties, [.. debtor], [.. creditor], [.. amount], assets);
    }

    private static IEnumerable<(int Line, string[] Cells)> Rows(string path, string[] header)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }
        using var reader = new StreamReader(path);
        var line = 0;
        var first = true;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || (text.Trim().Length == 0))
            {
                continue;
            }
            var cells = text.TrimEnd('\r').Split(',').Select(c => c.Trim()).ToArray();
            if (first)
            {
                first = false;
                if (!cells.SequenceEqual(header, StringComparer.Ordinal))
                {
                    var unknown = cells.FirstOrDefault(c => !header.Contains(c, StringComparer.Ordinal));
                    throw new InputException(
                        unknown is null ? $"the header must be exactly '{string.Join(',', header)}'" : $"unknown column '{unknown}': the header must be exactly '{string.Join(',', header)}'",
                        path, line);
                }
                continue;
            }
            if (cells.Length != header.Length)
            {
                throw new InputException($"expected {header.Length} fields ({string.Join(',', header)}), found {cells.Length}", path, line);
            }
            yield return (line, cells);
        }
        if (first)
        {
            throw new InputException($"the file is empty; it needs the header '{string.Join(',', header)}'", path, 1);
        }
    }

    private static string Id(string cell, string path, int line, string column) =>
        cell.Length > 0 ? cell : throw new InputException("a party id is empty", path, line, column);

    private static decimal Number(string cell, string path, int line, string column)
    {
        if (!decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
        {
            throw new InputException($"'{cell}' is not a number", path, line, column);
        }
        return value < 0 ? throw new InputException($"{cell} is negative; amounts cannot be negative", path, line, column) : value;
    }
}
