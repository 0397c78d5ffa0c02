using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Resolves date expressions against the document date: <c>last September</c> / <c>去年九月</c> in a post of
/// 2026-01-31 → <c>2025-09</c>; <c>last month</c> / <c>上個月</c>; <c>September 22, 2025</c>; <c>2025年9月22日</c>;
/// <c>last year</c> / <c>去年</c>. The answer is as precise as the words: YYYY, YYYY-MM or YYYY-MM-DD.
/// </summary>
public static partial class RelativeDateResolver
{
    [GeneratedRegex(@"(?<rel>last|this|next|in|since|early|late)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthQualifier();

    [GeneratedRegex(@"\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>(?:19|20)\d{2}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonth();

    [GeneratedRegex(@"\b(?<rel>last|this|next) (?<unit>month|year|quarter)\b|\b(?<rel2>yesterday|today)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRelative();

    [GeneratedRegex(@"(?:(?<year>(?:19|20)\d{2})\s*年|(?<rel>去年|今年|明年|前年))\s*(?:(?<mon>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?<day>\d{1,2})\s*[日號号])?)?|(?<relm>上個月|上个月|上月|本月|這個月|这个月|下個月|下个月)")]
    private static partial Regex ChineseDate();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first date the sentence [start, end) names, resolved against <paramref name="published"/>; null when none.</summary>
    public static string? Resolve(string text, int start, int end, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentence = text.AsSpan(start, end - start);
        string? best = null;
        var bestIndex = int.MaxValue;
        // Each regex runs only when the words it needs are there; the earliest date in the sentence wins.
        if (sentence.IndexOfAny('年', '月') >= 0 && ChineseDate().Match(text, start, end - start) is { Success: true } zh)
        {
            Consider(zh.Index, Chinese(zh, published));
        }
        if (sentence.IndexOfAny(MonthNames) >= 0 && EnglishMonth().Match(text, start, end - start) is { Success: true } en)
        {
            var from = Math.Max(start, en.Index - 8);
            var rel = MonthQualifier().Match(text, from, en.Index - from);
            // "may" is a verb far more often than a month: only "in May", "May 5", "May 2025" count.
            if (!(en.Groups["mon"].Value == "May" && !rel.Success && !en.Groups["year"].Success && !en.Groups["day"].Success))
            {
                Consider(rel.Success ? rel.Index : en.Index, English(en, rel.Success ? rel.Groups["rel"].Value.ToLowerInvariant() : "", published));
            }
        }
        if (sentence.IndexOfAny(RelativeUnits) >= 0 && EnglishRelative().Match(text, start, end - start) is { Success: true } er)
        {
            Consider(er.Index, Relative(er, published));
        }
        return best;

        void Consider(int index, string? date)
        {
            if (date is not null && index < bestIndex)
            {
                (best, bestIndex) = (date, index);
            }
        }
    }

    private static readonly SearchValues<string> MonthNames = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly SearchValues<string> RelativeUnits = SearchValues.Create(
        ["month", "year", "quarter", "yesterday", "today"], StringComparison.OrdinalIgnoreCase);

    private static string? English(Match m, string rel, DateOnly? published)
    {
        var month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        int year;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (published is { } d)
        {
            year = rel switch
            {
                "this" => d.Year,
                "next" => month > d.Month ? d.Year : d.Year + 1,
                "last" => month < d.Month ? d.Year : d.Year - 1,
                _ => month <= d.Month ? d.Year : d.Year - 1,
            };
        }
        else
        {
            return null;
        }
        return Format(year, month, m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null);
    }

    private static string? Relative(Match m, DateOnly? published)
    {
        if (published is not { } d)
        {
            return null;
        }
        if (m.Groups["rel2"].Success)
        {
            var day = m.Groups["rel2"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? d.AddDays(-1) : d;
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "month" => d.AddMonths(offset).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "year" => (d.Year + offset).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static string? Chinese(Match m, DateOnly? published)
    {
        if (m.Groups["relm"].Success)
        {
            if (published is not { } p)
            {
                return null;
            }
            var offset = m.Groups["relm"].Value[0] switch { '上' => -1, '下' => 1, _ => 0 };
            return p.AddMonths(offset).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        int year;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (published is { } d)
        {
            year = d.Year + m.Groups["rel"].Value switch { "去年" => -1, "明年" => 1, "前年" => -2, _ => 0 };
        }
        else
        {
            return null;
        }
        if (!m.Groups["mon"].Success)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }
        var monthText = m.Groups["mon"].Value;
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : ChineseNumeral.TryParse(monthText, out var v) ? (int)v : 0;
        return month is < 1 or > 12 ? year.ToString(CultureInfo.InvariantCulture)
            : Format(year, month, m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null);
    }

    private static string Format(int year, int month, int? day) =>
        day is { } d && d >= 1 && d <= DateTime.DaysInMonth(year, month)
            ? $"{year:D4}-{month:D2}-{d:D2}"
            : $"{year:D4}-{month:D2}";
}
