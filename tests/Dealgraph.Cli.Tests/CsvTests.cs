using Dealgraph.Cli.Output;

namespace Dealgraph.Cli.Tests;

/// <summary>CSV answers: RFC 4180 quoting, and dataset text that a spreadsheet would run as a formula made inert.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("Nvidia, Inc.", "\"Nvidia, Inc.\"")]
    [InlineData("OpenAI", "OpenAI")]
    public void Text_cells_are_quoted_as_needed_and_never_start_a_formula(string text, string cell)
    {
        var csv = Csv.Render(["title"], [[text]]);

        Assert.Equal($"title\n{cell}\n", csv);
    }

    [Fact]
    public void Numbers_keep_their_sign_and_lose_trailing_zeros()
    {
        var csv = Csv.Render(["a", "b"], [[-5m, 2.50m]]);

        Assert.Equal("a,b\n-5,2.5\n", csv);
    }
}
