using System.Buffers;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Finds figures written after a currency symbol or code (<c>$100 billion</c>, <c>US$100bn</c>, <c>USD 100B</c>,
/// <c>€1,500.5 million</c>) in one pass without allocating. It matches exactly what the former regex
/// <c>(US\$|NT\$|HK\$|A\$|C\$|S\$|\$|€|£|¥|￥|\b(?:USD|EUR|GBP|JPY|CNY|RMB|TWD|HKD))\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?([Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|tn|bn|mn|[TBMK])(?![A-Za-z]))?</c>
/// matched, applied to the sentence alone, except that digits are ASCII only (the regex's Unicode digits
/// could not be parsed as a decimal anyway). The test suite checks the equivalence on random text.
/// </summary>
internal static class SymbolFigureScanner
{
    // Tried in this order at each position, as the regex alternation was.
    private static readonly string[] Marks = ["US$", "NT$", "HK$", "A$", "C$", "S$", "$", "€", "£", "¥", "￥"];
    private static readonly string[] Codes = ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "TWD", "HKD"];
    private static readonly (string Word, decimal Scale)[] ScaleWords =
    [
        ("Trillion", 1e12m), ("trillion", 1e12m), ("Billion", 1e9m), ("billion", 1e9m), ("Million", 1e6m), ("million", 1e6m),
        ("Thousand", 1e3m), ("thousand", 1e3m), ("tn", 1e12m), ("bn", 1e9m), ("mn", 1e6m), ("T", 1e12m), ("B", 1e9m), ("M", 1e6m), ("K", 1e3m),
    ];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create("UNHACS$€£¥￥EGJRT");

    /// <summary>The next figure in [from, end) of the sentence that starts at <paramref name="start"/>; false when there is none.</summary>
    public static bool Next(string text, int start, int from, int end, out SymbolFigure figure)
    {
        var i = from;
        while (i < end)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(FirstChars);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            if (MatchAt(text, start, i, end, out figure))
            {
                return true;
            }
            i++;
        }
        figure = default;
        return false;
    }

    private static bool MatchAt(string text, int start, int at, int end, out SymbolFigure figure)
    {
        foreach (var mark in Marks)
        {
            if (Literal(text, at, end, mark) && FigureAfter(text, at, at + mark.Length, end, out figure))
            {
                return true;
            }
        }
        // \b before a code: the character before (inside the sentence) must not be a word character.
        if (at == start || !IsRegexWordChar(text[at - 1]))
        {
            foreach (var code in Codes)
            {
                if (Literal(text, at, end, code) && FigureAfter(text, at, at + code.Length, end, out figure))
                {
                    return true;
                }
            }
        }
        figure = default;
        return false;
    }

    private static bool FigureAfter(string text, int markStart, int markEnd, int end, out SymbolFigure figure)
    {
        figure = default;
        var numStart = markEnd < end && char.IsWhiteSpace(text[markEnd]) ? markEnd + 1 : markEnd;
        var numEnd = Number(text, numStart, end);
        if (numEnd < 0)
        {
            return false;
        }
        var scaleStart = numEnd < end && char.IsWhiteSpace(text[numEnd]) ? numEnd + 1 : numEnd;
        foreach (var (word, scale) in ScaleWords)
        {
            var scaleEnd = scaleStart + word.Length;
            if (Literal(text, scaleStart, end, word) && !(scaleEnd < end && char.IsAsciiLetter(text[scaleEnd])))
            {
                figure = new SymbolFigure(markStart, scaleEnd, numStart, numEnd, scale, true);
                return true;
            }
        }
        figure = new SymbolFigure(markStart, numEnd, numStart, numEnd, 1m, false);
        return true;
    }

    /// <summary>End of <c>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?</c> at <paramref name="at"/>, or -1.</summary>
    private static int Number(string text, int at, int end)
    {
        var p = at;
        while (p < end && char.IsAsciiDigit(text[p]))
        {
            p++;
        }
        if (p == at)
        {
            return -1;
        }
        if (p - at <= 3)
        {
            // Thousands groups: ",ddd" repeated, greedily.
            while (p + 3 < end && text[p] == ',' && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2]) && char.IsAsciiDigit(text[p + 3]))
            {
                p += 4;
            }
        }
        if (p + 1 < end && text[p] == '.' && char.IsAsciiDigit(text[p + 1]))
        {
            p += 2;
            while (p < end && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }
        return p;
    }

    private static bool Literal(string text, int at, int end, string literal) =>
        at + literal.Length <= end && text.AsSpan(at, literal.Length).SequenceEqual(literal);

    /// <summary>What <c>\b</c> counts as a word character: letters, non-spacing marks, decimal digits, connector punctuation, ZWJ and ZWNJ.</summary>
    private static bool IsRegexWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : c is '\u200c' or '\u200d' || char.GetUnicodeCategory(c) is <= System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}

/// <summary>A figure after a currency mark: the whole match, the digits, and the scale word's multiplier.</summary>
internal readonly record struct SymbolFigure(int Start, int End, int NumberStart, int NumberEnd, decimal Scale, bool HasScale);
