using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Writes a <see cref="SyntheticLedger"/> as a ledger CSV (formatting UTF-8 bytes directly: a
/// 10-million-row ledger is 650 MB) and its planted round trips as a JSON Lines ground truth.
/// </summary>
public static class LedgerCsvWriter
{
    /// <summary>Writes the ledger to <paramref name="path"/> and the ground truth to <paramref name="truthPath"/>; returns rows written.</summary>
    public static long Write(SyntheticLedger ledger, string path, string truthPath, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var names = new Dictionary<int, byte[]>();
        byte[] NameOf(int party)
        {
            if (!names.TryGetValue(party, out var bytes))
            {
                bytes = Encoding.UTF8.GetBytes(ledger.PartyName(party));
                names[party] = bytes;
            }

            return bytes;
        }

        var currencies = SyntheticLedger.Currencies.Select(Encoding.UTF8.GetBytes).ToArray();
        long rows = 0;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            stream.Write("id,payer,payee,amount,currency,timestamp\n"u8);
            var buffer = new byte[1 << 20];
            var used = 0;
            foreach (var row in ledger.Rows())
            {
                if (used > buffer.Length - 256)
                {
                    stream.Write(buffer, 0, used);
                    used = 0;
                }

                var span = buffer.AsSpan(used);
                var at = 0;
                Utf8Formatter.TryFormat(row.Id, span, out var n);
                at += n;
                span[at++] = (byte)',';
                at += Copy(NameOf(row.Payer), span[at..]);
                span[at++] = (byte)',';
                at += Copy(NameOf(row.Payee), span[at..]);
                span[at++] = (byte)',';
                Utf8Formatter.TryFormat(row.Cents / 100, span[at..], out n);
                at += n;
                span[at++] = (byte)'.';
                span[at++] = (byte)('0' + (row.Cents % 100 / 10));
                span[at++] = (byte)('0' + (row.Cents % 10));
                span[at++] = (byte)',';
                at += Copy(currencies[row.Currency], span[at..]);
                span[at++] = (byte)',';
                Utf8Formatter.TryFormat(new DateTime(row.Ticks, DateTimeKind.Utc), span[at..], out n, new StandardFormat('O'));
                // 'O' writes 2025-01-01T00:00:00.0000000Z: keep whole seconds, as the generator makes them.
                at += n - 9;
                span[at++] = (byte)'Z';
                span[at++] = (byte)'\n';
                used += at;
                if ((++rows & 0xFFFFF) == 0)
                {
                    progress?.Invoke(rows);
                }
            }

            stream.Write(buffer, 0, used);
        }

        using var truth = RoundTripWriter.ToFile(truthPath, RoundTripFormat.Jsonl);
        foreach (var planted in ledger.Planted)
        {
            truth.Write(new RoundTripRecord(
                [.. planted.Ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [.. planted.Parties.Select(ledger.PartyName)],
                new DateTime(planted.Ticks[0], DateTimeKind.Utc),
                new DateTime(planted.Ticks[^1], DateTimeKind.Utc),
                planted.Cents[0] / 100m,
                SyntheticLedger.Currencies[planted.Currency]));
        }

        progress?.Invoke(rows);
        return rows;
    }

    private static int Copy(byte[] source, Span<byte> target)
    {
        source.CopyTo(target);
        return source.Length;
    }
}
