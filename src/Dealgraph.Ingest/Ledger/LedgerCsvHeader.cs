using System.Text;
using Dealgraph.Core;
using Microsoft.Win32.SafeHandles;

namespace Dealgraph.Ingest.Ledger;

/// <summary>The header line of a ledger CSV: where each required column is.</summary>
internal static class LedgerCsvHeader
{
    private const int MaxHeaderBytes = 1 << 20;

    /// <summary>
    /// Reads the first line (a UTF-8 byte order mark is skipped): the position of each of
    /// <see cref="LedgerCsvReader.Columns"/> in it, and where the data starts (after its line break).
    /// </summary>
    public static (int[] Index, long DataStart) Read(SafeFileHandle handle, string path)
    {
        var buffer = new byte[(int)Math.Min(MaxHeaderBytes, RandomAccess.GetLength(handle))];
        var read = RandomAccess.Read(handle, buffer, 0);
        var bytes = buffer.AsSpan(0, read);
        var newline = bytes.IndexOf((byte)'\n');
        var line = newline < 0 ? bytes : bytes[..newline];
        var bom = line.StartsWith("\uFEFF"u8) ? 3 : 0;
        var text = Encoding.UTF8.GetString(line[bom..]).TrimEnd('\r');
        var names = text.Split(',').Select(n => n.Trim().Trim('"').Trim()).ToList();
        var index = new int[LedgerCsvReader.Columns.Count];
        for (var c = 0; c < index.Length; c++)
        {
            index[c] = names.IndexOf(LedgerCsvReader.Columns[c]);
            if (index[c] < 0)
            {
                var expected = string.Join(',', LedgerCsvReader.Columns);
                throw new InputException($"header lacks column '{LedgerCsvReader.Columns[c]}' (expected {expected})", path, 1, LedgerCsvReader.Columns[c]);
            }
        }

        return (index, newline < 0 ? read : newline + 1);
    }
}
