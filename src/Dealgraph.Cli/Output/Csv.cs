using System.Globalization;
using System.Text;
using Dealgraph.Core.Money;
using Dealgraph.Core.Views;

namespace Dealgraph.Cli.Output;

/// <summary>RFC 4180 CSV: a header, then one line per row; fields with commas, quotes or line breaks are quoted.</summary>
public static class Csv
{
    /// <summary>The four CSV columns an amount becomes, named after the field.</summary>
    public static IEnumerable<string> AmountHeader(string field) =>
        [$"{field}Currency", $"{field}Low", $"{field}High", $"{field}Qualifier"];

    /// <summary>The four CSV cells of an amount (empty when absent).</summary>
    public static IEnumerable<object?> AmountCells(AmountView? amount) =>
        [amount?.Currency, amount?.Low, amount?.High, amount?.Qualifier];

    /// <summary>Renders a header and rows.</summary>
    public static string Render(IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row.Select(Cell));
        }
        return sb.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => Figure.Trimmed(m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string text => Inert(text),
        _ => Inert(value.ToString() ?? ""),
    };

    // Text from datasets (titles, quotes, ids) that a spreadsheet would run as a formula
    // ("=HYPERLINK(…)", "+1…", "@SUM") gets a leading apostrophe, as OWASP advises for CSV exports.
    private static string Inert(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                sb.Append(',');
            }
            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }
        sb.Append('\n');
    }
}
