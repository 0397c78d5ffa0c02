using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Finds sums of money in English and Chinese: <c>$100 billion</c>, <c>US$100bn</c>, <c>USD 100 billion</c>,
/// <c>$100B</c>, <c>100 billion dollars</c>, <c>1000 億美元</c>, <c>千億美元</c>, <c>兆元</c>, <c>NT$</c>, <c>人民幣</c>, <c>€</c>, <c>£</c>, <c>¥</c>.
/// A figure without a currency is money only in Chinese with a 萬/億/兆 scale, and then only once the
/// document has named a currency (that currency is assumed and marked as not stated). Qualifier words
/// around the figure (<see cref="QualifierRules"/>) turn it into an interval.
/// </summary>
internal static partial class AmountRecognizer
{
    [GeneratedRegex(@"(?<![\w$.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<scale>trillion|billion|million|thousand)?\s+(?:(?<adj>U\.S\.|US|American|Hong Kong|Taiwan|New Taiwan|Canadian|Australian)\s+)?(?<word>dollars?|euros?|pounds?|yuan|renminbi|yen)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordAfter();

    private static readonly SearchValues<string> CurrencyNames = SearchValues.Create(["dollar", "euro", "pound", "yuan", "renminbi", "yen"], StringComparison.OrdinalIgnoreCase);

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["trillion"] = 1e12m,
        ["billion"] = 1e9m,
        ["million"] = 1e6m,
        ["thousand"] = 1e3m,
    };

    /// <summary>Amounts in the sentence [start, end); <paramref name="state"/> remembers the document's last stated currency.</summary>
    public static List<AmountMention> Find(string text, int start, int end, DocumentState state)
    {
        if (!MayHoldMoney(text, start, end))
        {
            return [];
        }
        var raws = new List<RawFigure>();
        var sentence = text.AsSpan(start, end - start);
        var from = start;
        while (SymbolFigureScanner.Next(text, start, from, end, out var figure))
        {
            from = figure.End;
            if (!figure.HasScale && CjkScaleFollows(text, figure.End, end))
            {
                continue; // "NT$500億": the Chinese reader takes it whole.
            }
            var code = CurrencyWords.StartingAt(text, figure.Start, figure.End, CurrencyWords.Before)!.Value.Code;
            if (TryNumber(text.AsSpan(figure.NumberStart, figure.NumberEnd - figure.NumberStart), out var number))
            {
                raws.Add(new RawFigure(figure.Start, figure.End, number * figure.Scale, code, true, figure.HasScale));
            }
        }
        // Currency words after the figure ("100 billion dollars") are rare: the regex runs only when one is present.
        foreach (var m in WordAfter().EnumerateMatches(sentence.IndexOfAny(CurrencyNames) >= 0 ? sentence : []))
        {
            var match = WordAfter().Match(text, start + m.Index, m.Length);
            var scaleText = match.Groups["scale"].Value.ToLowerInvariant();
            var word = match.Groups["word"].Value.ToLowerInvariant();
            var adj = match.Groups["adj"].Value;
            var code = word.StartsWith("dollar", StringComparison.Ordinal)
                ? adj switch { "Hong Kong" => "HKD", "Taiwan" or "New Taiwan" => "TWD", "Canadian" => "CAD", "Australian" => "AUD", _ => "USD" }
                : word.StartsWith("euro", StringComparison.Ordinal) ? "EUR"
                : word.StartsWith("pound", StringComparison.Ordinal) ? "GBP"
                : word == "yen" ? "JPY" : "CNY";
            if (TryNumber(match.Groups["num"].ValueSpan, out var number))
            {
                raws.Add(new RawFigure(match.Index, match.Index + match.Length, number * (scaleText.Length == 0 ? 1m : Scales[scaleText]), code, true, scaleText.Length > 0));
            }
        }
        ChineseFigures(text, start, end, raws);
        if (raws.Count == 0)
        {
            return [];
        }
        return QualifierRules.Apply(text, start, end, Deoverlap(raws), state);
    }

    /// <summary>Cheap test that skips sentences with no digit and no Chinese scale character.</summary>
    private static bool MayHoldMoney(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny(MoneyHints) >= 0;

    // An ASCII digit, a 萬/億/兆 scale or 千: without one there is no figure to read.
    private static readonly SearchValues<char> MoneyHints = SearchValues.Create("0123456789萬万億亿兆千");

    private static bool CjkScaleFollows(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }
        return at < end && (ChineseNumeral.IsBigUnit(text[at]) || text[at] is '千' or '百');
    }

    private static void ChineseFigures(string text, int start, int end, List<RawFigure> raws)
    {
        var i = start;
        while (i < end)
        {
            // Jump to the next character that can start a number run (vectorised search).
            var skip = text.AsSpan(i, end - i).IndexOfAny(ChineseNumeral.NumeralChars);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            var runStart = i;
            var j = i;
            var hasBig = false;
            while (j < end && (ChineseNumeral.IsNumeralChar(text[j]) || (text[j] is ',' or '.' && j + 1 < end && char.IsAsciiDigit(text[j + 1]) && j > runStart && char.IsAsciiDigit(text[j - 1]))
                               || (text[j] == ' ' && j > runStart && char.IsAsciiDigit(text[j - 1]) && j + 1 < end && (ChineseNumeral.IsBigUnit(text[j + 1]) || text[j + 1] is '千' or '百'))))
            {
                hasBig |= ChineseNumeral.IsBigUnit(text[j]);
                j++;
            }
            i = j;
            var first = text[runStart];
            var vague = runStart > start && text[runStart - 1] is '幾' or '几' or '數' or '数' or '上' or '好' or '百' && !char.IsAsciiDigit(first);
            if (vague)
            {
                continue;
            }
            var afterStart = j < end && text[j] == ' ' ? j + 1 : j;
            var after = CurrencyWords.StartingAt(text, afterStart, end, CurrencyWords.AfterZh);
            var onlyBig = ChineseNumeral.IsBigUnit(first) && !char.IsAsciiDigit(first);
            var hasCjkScale = hasBig || text.AsSpan(runStart, j - runStart).ContainsAny('千', '百');
            if (after is null && (onlyBig || !hasCjkScale))
            {
                continue;
            }
            var beforeEnd = runStart > start && text[runStart - 1] == ' ' ? runStart - 1 : runStart;
            var before = CurrencyWords.EndingAt(text, start, beforeEnd, CurrencyWords.Before);
            if (!hasBig && after is null && before is null)
            {
                continue;
            }
            if (!ChineseNumeral.TryParse(text.AsSpan(runStart, j - runStart), out var value))
            {
                continue;
            }
            var s = before is { } b ? beforeEnd - b.Text.Length : runStart;
            var e = after is { } a ? afterStart + a.Text.Length : j;
            raws.Add(new RawFigure(s, e, value, before?.Code ?? after?.Code, before is not null || after is not null, true, first is '千' or '百' or '萬' or '万'));
        }
    }

    private static List<RawFigure> Deoverlap(List<RawFigure> raws)
    {
        if (raws.Count < 2)
        {
            return raws;
        }
        raws.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<RawFigure>();
        foreach (var r in raws)
        {
            if (kept.Count > 0 && r.Start < kept[^1].End)
            {
                if (r.End - r.Start > kept[^1].End - kept[^1].Start)
                {
                    kept[^1] = r;
                }
                continue;
            }
            kept.Add(r);
        }
        return kept;
    }

    /// <summary>The value of digits with optional thousands commas and decimal point, at the scale written; false for non-ASCII digits ("１００").</summary>
    private static bool TryNumber(ReadOnlySpan<char> digits, out decimal value)
    {
        Span<char> plain = digits.Length <= 128 ? stackalloc char[digits.Length] : new char[digits.Length];
        var n = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                plain[n++] = c;
            }
        }
        return decimal.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

/// <summary>A figure before qualifiers: where, how much, which currency mark (null when none was written).</summary>
internal sealed record RawFigure(int Start, int End, decimal Value, string? Code, bool Stated, bool HasScale, bool Rough = false);
