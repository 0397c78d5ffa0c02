namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// The fast path of the ledger reader: the fields of one CSV line without quotes, found by walking
/// the <see cref="StructuralMasks"/> of the buffer (no search call per field), trimmed of spaces,
/// a final <c>\r</c> dropped. A line with a <c>"</c> is left to <see cref="QuotedCsvRecord"/>.
/// </summary>
internal static class UnquotedCsvRecord
{
    /// <summary>How splitting one line ended.</summary>
    internal enum Status
    {
        /// <summary>The line ended at a line break or at the end of the data.</summary>
        Line,

        /// <summary>The data ends inside the line; more is needed.</summary>
        NeedMore,

        /// <summary>The line holds a quote: it must go through <see cref="QuotedCsvRecord"/>.</summary>
        Quoted,
    }

    /// <summary>
    /// Finds the fields of the unquoted line at <paramref name="pos"/>. On <see cref="Status.Line"/>,
    /// <paramref name="lineEnd"/> is the position of its line break (or the end of the data), field f
    /// (for f below half the length of <paramref name="bounds"/>) is <paramref name="data"/>[<paramref name="bounds"/>[2f] .. <paramref name="bounds"/>[2f+1]],
    /// and <paramref name="fieldCount"/> counts all its fields, also those beyond the bounds.
    /// </summary>
    public static Status Split(ReadOnlySpan<byte> data, ReadOnlySpan<ulong> masks, int pos, bool final, Span<int> bounds, out int fieldCount, out int lineEnd)
    {
        var needed = bounds.Length / 2;
        var fieldStart = pos;
        fieldCount = 0;
        lineEnd = 0;
        while (true)
        {
            var at = StructuralMasks.Next(masks, pos);
            if (at >= data.Length)
            {
                if (!final)
                {
                    return Status.NeedMore;
                }

                at = data.Length;
            }
            else if (data[at] == '"')
            {
                return Status.Quoted;
            }

            var fieldEnd = at;
            var endOfLine = at == data.Length || data[at] == '\n';
            if (endOfLine && fieldEnd > fieldStart && data[fieldEnd - 1] == '\r')
            {
                fieldEnd--;
            }

            if (fieldCount < needed)
            {
                while (fieldStart < fieldEnd && data[fieldStart] == ' ')
                {
                    fieldStart++;
                }

                while (fieldEnd > fieldStart && data[fieldEnd - 1] == ' ')
                {
                    fieldEnd--;
                }

                bounds[2 * fieldCount] = fieldStart;
                bounds[(2 * fieldCount) + 1] = fieldEnd;
            }

            fieldCount++;
            if (endOfLine)
            {
                lineEnd = at;
                return Status.Line;
            }

            pos = at + 1;
            fieldStart = pos;
        }
    }
}
