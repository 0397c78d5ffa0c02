using System.Text;

namespace Dealgraph.Ingest.Csv;

/// <summary>
/// One CSV line with double-quoted fields (RFC 4180 on a single line: <c>"A",B,"1,000"</c>, <c>""</c>
/// for a quote), unquoted into a buffer with each field's range. Spreadsheets quote fields freely;
/// reading the quotes as part of an id would silently make a new party.
/// </summary>
internal static class QuotedCsvLine
{
    /// <summary>Unquotes <paramref name="line"/> into <paramref name="text"/>; null, or what is wrong with the quoting.</summary>
    public static string? Split(ReadOnlySpan<char> line, StringBuilder text, List<Range> fields)
    {
        text.Clear();
        fields.Clear();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
            var start = text.Length;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return "a quoted field is not closed on its line";
                    }
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.Append(line[i++]);
                }
                fields.Add(new Range(start, text.Length));
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }
                if (i < line.Length && line[i] != ',')
                {
                    return "text after a closing quote (write \"\" for a quote inside a quoted field)";
                }
            }
            else
            {
                var end = line[i..].IndexOf(',') is var comma and >= 0 ? i + comma : line.Length;
                var field = line[i..end].TrimEnd(' ');
                if (field.Contains('"'))
                {
                    return "a quote inside an unquoted field (quote the whole field and write \"\" for the quote)";
                }
                text.Append(field);
                fields.Add(new Range(start, text.Length));
                i = end;
            }
            if (i >= line.Length)
            {
                return null;
            }
            i++; // the comma
        }
    }
}
