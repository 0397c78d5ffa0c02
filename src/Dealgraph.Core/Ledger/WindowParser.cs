using System.Globalization;

namespace Dealgraph.Core.Ledger;

/// <summary>Parses a time window such as <c>30d</c>, <c>12h</c>, <c>90m</c>, <c>45s</c>, <c>2w</c> or ISO 8601 <c>P30D</c>.</summary>
public static class WindowParser
{
    /// <summary>The window, or an <see cref="InputException"/> naming <paramref name="field"/>.</summary>
    public static TimeSpan Parse(string text, string field = "--window")
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith('P'))
        {
            try
            {
                return System.Xml.XmlConvert.ToTimeSpan(trimmed);
            }
            catch (FormatException ex)
            {
                throw new InputException($"not an ISO 8601 duration: '{text}'", field: field, inner: ex);
            }
        }

        if (trimmed.Length >= 2 && decimal.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count))
        {
            var unit = char.ToLowerInvariant(trimmed[^1]) switch
            {
                'w' => TimeSpan.TicksPerDay * 7,
                'd' => TimeSpan.TicksPerDay,
                'h' => TimeSpan.TicksPerHour,
                'm' => TimeSpan.TicksPerMinute,
                's' => TimeSpan.TicksPerSecond,
                _ => 0,
            };
            if (unit > 0 && count * unit <= TimeSpan.MaxValue.Ticks)
            {
                return TimeSpan.FromTicks((long)(count * unit));
            }
        }

        throw new InputException($"expected a duration like 30d, 12h, 90m, 45s, 2w or P30D, got '{text}'", field: field);
    }
}
