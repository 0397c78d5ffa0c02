namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// The slow path of the ledger reader: one CSV record with double-quoted fields (RFC 4180:
/// commas and line breaks inside quotes, <c>""</c> for a quote), unescaped into a scratch buffer.
/// Spaces outside quotes are trimmed, as on the fast path.
/// </summary>
internal static class QuotedCsvRecord
{
    /// <summary>How parsing one record ended.</summary>
    internal enum Status
    {
        /// <summary>The record ended at a line break or at the end of the data.</summary>
        Complete,

        /// <summary>The data ends inside the record; more is needed.</summary>
        NeedMore,

        /// <summary>The data ends (for good) inside a quoted field.</summary>
        Unterminated,
    }

    /// <summary>
    /// Parses the record starting at <paramref name="start"/>. On <see cref="Status.Complete"/>,
    /// <paramref name="next"/> is the position after its line break, field f is
    /// <paramref name="scratch"/>[<paramref name="bounds"/>[2f] .. <paramref name="bounds"/>[2f+1]],
    /// and <paramref name="innerNewlines"/> counts the line breaks inside quotes.
    /// </summary>
    public static Status Parse(ReadOnlySpan<byte> data, int start, bool final, ref byte[] scratch, Span<int> bounds, out int fieldCount, out int next, out int innerNewlines)
    {
        (fieldCount, next, innerNewlines) = (0, data.Length, 0);
        if (scratch.Length < data.Length - start)
        {
            scratch = new byte[Math.Max(data.Length - start, scratch.Length * 2)];
        }

        var output = 0;
        var pos = start;
        while (true)
        {
            while (pos < data.Length && data[pos] == ' ')
            {
                pos++;
            }

            var fieldStart = output;
            var quotedEnd = -1;
            if (pos < data.Length && data[pos] == '"')
            {
                pos++;
                while (true)
                {
                    var quote = data[pos..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return final ? Status.Unterminated : Status.NeedMore;
                    }

                    var piece = data.Slice(pos, quote);
                    innerNewlines += piece.Count((byte)'\n');
                    piece.CopyTo(scratch.AsSpan(output));
                    output += piece.Length;
                    pos += quote + 1;
                    if (pos == data.Length && !final)
                    {
                        return Status.NeedMore; // a "" might straddle the end of the data
                    }

                    if (pos < data.Length && data[pos] == '"')
                    {
                        scratch[output++] = (byte)'"';
                        pos++;
                        continue;
                    }

                    break;
                }

                quotedEnd = output;
            }

            var separator = data[pos..].IndexOfAny((byte)',', (byte)'\n');
            if (separator < 0 && !final)
            {
                return Status.NeedMore;
            }

            var end = separator < 0 ? data.Length : pos + separator;
            var rest = data[pos..end];
            if (end < data.Length && data[end] == '\n' && rest.Length > 0 && rest[^1] == '\r')
            {
                rest = rest[..^1];
            }

            rest.CopyTo(scratch.AsSpan(output));
            output += rest.Length;
            while (output > Math.Max(fieldStart, quotedEnd) && scratch[output - 1] == ' ')
            {
                output--;
            }

            if (fieldCount < bounds.Length / 2)
            {
                bounds[2 * fieldCount] = fieldStart;
                bounds[(2 * fieldCount) + 1] = output;
            }

            fieldCount++;
            if (end == data.Length)
            {
                next = end;
                return Status.Complete;
            }

            if (data[end] == '\n')
            {
                next = end + 1;
                return Status.Complete;
            }

            pos = end + 1;
        }
    }
}
