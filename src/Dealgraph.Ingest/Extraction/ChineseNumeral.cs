using System.Globalization;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Reads Chinese numbers, alone or mixed with Arabic digits: <c>一千億</c>, <c>千億</c>, <c>兩千五百億</c>,
/// <c>8300 億</c>, <c>500億</c>, <c>1.4兆</c>, <c>1.5萬億</c>. 萬 = 1e4, 億 = 1e8, 兆 = 1e12 (the Taiwan and
/// financial-press reading). Exact in decimal.
/// </summary>
internal static class ChineseNumeral
{
    /// <summary>Every character for which <see cref="IsNumeralChar"/> is true.</summary>
    public static readonly System.Buffers.SearchValues<char> NumeralChars = System.Buffers.SearchValues.Create("0123456789零〇一二兩两三四五六七八九十百千萬万億亿兆");

    /// <summary>True for characters that can be part of a number run.</summary>
    public static bool IsNumeralChar(char c) => char.IsAsciiDigit(c) || Digit(c) >= 0 || Unit(c) > 0 || BigUnit(c) > 0;

    /// <summary>True for 萬, 億, 兆.</summary>
    public static bool IsBigUnit(char c) => BigUnit(c) > 0;

    /// <summary>Parses a run such as <c>8300 億</c> or <c>一千億</c>; false when it is not a number.</summary>
    public static bool TryParse(ReadOnlySpan<char> run, out decimal value)
    {
        value = 0;
        decimal total = 0, section = 0, number = 0;
        var lastBig = decimal.MaxValue;
        var any = false;
        var i = 0;
        while (i < run.Length)
        {
            var c = run[i];
            if (c is ' ' or ',' or '\u00a0')
            {
                i++;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < run.Length && (char.IsAsciiDigit(run[j]) || run[j] == ',' || (run[j] == '.' && j + 1 < run.Length && char.IsAsciiDigit(run[j + 1]))))
                {
                    j++;
                }
                var digits = run[i..j].ToString().Replace(",", "", StringComparison.Ordinal);
                if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
                {
                    return false;
                }
                any = true;
                i = j;
                continue;
            }
            var d = Digit(c);
            if (d >= 0)
            {
                number = d;
                any = true;
                i++;
                continue;
            }
            var unit = Unit(c);
            if (unit > 0)
            {
                section += (number == 0 ? 1 : number) * unit;
                number = 0;
                any = true;
                i++;
                continue;
            }
            var big = BigUnit(c);
            if (big <= 0)
            {
                return false;
            }
            var part = section + number;
            if (part == 0 && total == 0)
            {
                part = 1;
            }
            // 萬億 = 1e12: a bigger unit after a smaller one multiplies what came before.
            total = big > lastBig ? (total + part) * big : total + (part * big);
            lastBig = big;
            section = number = 0;
            any = true;
            i++;
        }
        value = total + section + number;
        return any && value > 0;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '兩' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static decimal Unit(char c) => c switch
    {
        '十' => 10m,
        '百' => 100m,
        '千' => 1000m,
        _ => 0m,
    };

    private static decimal BigUnit(char c) => c switch
    {
        '萬' or '万' => 1e4m,
        '億' or '亿' => 1e8m,
        '兆' => 1e12m,
        _ => 0m,
    };
}
