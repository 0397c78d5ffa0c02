using System.Globalization;

namespace Dealgraph.Ingest.Documents;

/// <summary>Reads the dates documents carry: ISO (<c>2026-01-31 22:00:00</c>, <c>2026-01-31T22:00:00Z</c>) and RFC 822 (<c>Sat, 31 Jan 2026 22:00:00 GMT</c>).</summary>
internal static class DateText
{
    private static readonly string[] Rfc822 =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'UT'", "ddd, dd MMM yyyy HH:mm:ss 'Z'",
    ];

    private static readonly string[] Datelines =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "dddd, MMMM d, yyyy", "ddd, MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日",
    ];

    /// <summary>
    /// The date of a document without metadata, from a line near its top that is a date and nothing
    /// else ("November 18, 2025", "18 November 2025", "2025年11月18日"): a news dateline. Null when
    /// none of the first <paramref name="lines"/> non-empty lines is one.
    /// </summary>
    public static DateOnly? Dateline(string text, int lines = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var s = line.Trim();
            if (s.IsEmpty)
            {
                continue;
            }
            if (s.Length <= 40 && DateOnly.TryParseExact(s, Datelines, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            if (--lines == 0)
            {
                break;
            }
        }
        return null;
    }

    public static DateOnly? Parse(string? text)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }
        var zoned = s.Replace(" EST", " -0500", StringComparison.Ordinal).Replace(" EDT", " -0400", StringComparison.Ordinal)
            .Replace(" PST", " -0800", StringComparison.Ordinal).Replace(" PDT", " -0700", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(zoned, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var rfc))
        {
            return DateOnly.FromDateTime(rfc.UtcDateTime);
        }
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any)
            ? DateOnly.FromDateTime(any.UtcDateTime)
            : null;
    }
}
