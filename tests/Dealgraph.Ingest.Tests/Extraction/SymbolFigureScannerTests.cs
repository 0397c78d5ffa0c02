using System.Text.RegularExpressions;
using CsCheck;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>The hand-written scanner finds exactly the figures the regex it replaced found (ASCII digits).</summary>
public sealed partial class SymbolFigureScannerTests
{
    // The regex the extractor used before issue 4's speed-up, kept here as the reference.
    [GeneratedRegex(@"(?<cur>US\$|NT\$|HK\$|A\$|C\$|S\$|\$|€|£|¥|￥|\b(?:USD|EUR|GBP|JPY|CNY|RMB|TWD|HKD))\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|tn|bn|mn|[TBMK])(?![A-Za-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex FormerRegex();

    private static readonly string[] Pieces =
    [
        "$", "US$", "NT$", "HK$", "A$", "C$", "S$", "€", "£", "¥", "￥", "USD", "EUR", "HKD", "RMB", "TWD", "US", "HK", "U", "D",
        " ", "  ", "\u00a0", "\n", "\u3000", "1", "2", "9", "0", "12", "123", "1234", ",", ",000", ",00", ".", ".5", "..",
        "billion", "Billion", "trillion", "Trillion", "million", "thousand", "Thousand", "bn", "tn", "mn", "B", "T", "M", "K", "Bx", "b",
        "x", "a", "_", "é", "\u0903", "\u0300", "\u200d", "億", "元", "美元", "-", "(", "。",
    ];

    [Fact]
    public void Finds_the_same_figures_as_the_former_regex_on_random_text()
    {
        var texts = Gen.Int[0, Pieces.Length - 1].Array[0, 24].Select(picks => string.Concat(picks.Select(p => Pieces[p])));
        Gen.Select(texts, Gen.Int[0, 3], Gen.Int[0, 3]).Sample((text, cutStart, cutEnd) =>
        {
            // The sentence may be a slice of the text: neither side may look outside it.
            var start = Math.Min(cutStart, text.Length);
            AssertSameAsFormerRegex(text, start, Math.Max(start, text.Length - cutEnd));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("\u0903USD 1")]
    [InlineData("\u0300USD 1")]
    [InlineData("\u200dUSD 1")]
    [InlineData("\u00e9USD 1")]
    [InlineData("-USD 1,000,00.5 Billions")]
    [InlineData("US$1,000,000.25Trillion")]
    public void Agrees_with_the_former_regex_at_word_boundaries(string escaped)
    {
        var text = Regex.Unescape(escaped);
        AssertSameAsFormerRegex(text, 0, text.Length);
    }

    private static void AssertSameAsFormerRegex(string text, int start, int end)
    {
        var expected = new List<string>();
        foreach (var m in FormerRegex().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var match = FormerRegex().Match(text, start + m.Index, m.Length);
            expected.Add($"{match.Index}-{match.Index + match.Length} num {match.Groups["num"].Index}-{match.Groups["num"].Index + match.Groups["num"].Length} scale '{match.Groups["scale"].Value}'");
        }
        var actual = new List<string>();
        var from = start;
        while (SymbolFigureScanner.Next(text, start, from, end, out var f))
        {
            var scale = f.HasScale ? text[(f.NumberEnd < f.End && char.IsWhiteSpace(text[f.NumberEnd]) ? f.NumberEnd + 1 : f.NumberEnd)..f.End] : "";
            actual.Add($"{f.Start}-{f.End} num {f.NumberStart}-{f.NumberEnd} scale '{scale}'");
            from = f.End;
        }
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("It will invest US$100bn in it.", "US$100bn", 1e9)]
    [InlineData("about $1,500.25 million.", "$1,500.25 million", 1e6)]
    [InlineData("USD 100 Billion", "USD 100 Billion", 1e9)]
    [InlineData("$1234,567", "$1234", 1)]
    [InlineData("a $5Bn deal", "$5", 1)]
    public void Reads_mark_digits_and_scale(string text, string match, double scale)
    {
        Assert.True(SymbolFigureScanner.Next(text, 0, 0, text.Length, out var figure));
        Assert.Equal(match, text[figure.Start..figure.End]);
        Assert.Equal((decimal)scale, figure.Scale);
    }

    [Theory]
    [InlineData("億USD 100")]
    [InlineData("xUSD 100")]
    [InlineData("$  1")]
    [InlineData("NT$")]
    public void Finds_nothing_where_no_figure_follows_a_mark(string text)
    {
        Assert.False(SymbolFigureScanner.Next(text, 0, 0, text.Length, out _));
    }

    [Fact]
    public void The_vectorised_numeral_set_holds_exactly_the_numeral_characters()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(ChineseNumeral.IsNumeralChar(c) == ChineseNumeral.NumeralChars.Contains(c), $"U+{(int)c:X4}");
        }
    }
}
