namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Parses ISO 8601 timestamps to UTC ticks without allocating: <c>2025-03-04</c>,
/// <c>2025-03-04T12:34:56</c>, with optional fraction (up to 7 digits) and optional offset
/// (<c>Z</c>, <c>+02:00</c>, <c>-0530</c>, <c>+02</c>). No offset means UTC. A space instead of
/// <c>T</c> is accepted (RFC 3339 allows it).
/// </summary>
public static class IsoTimestamp
{
    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>UTC ticks of an ISO 8601 timestamp given as UTF-8 bytes; false when it is not one.</summary>
    /// <remarks>The common form <c>YYYY-MM-DDTHH:MM:SSZ</c> is parsed straight from the bytes; others go through the general parser.</remarks>
    public static bool TryParseUtcTicks(ReadOnlySpan<byte> s, out long ticks)
    {
        if (s.Length == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z')
        {
            var century = Two(s, 0);
            var yearOfCentury = Two(s, 2);
            var year = (century * 100) + yearOfCentury;
            var month = Two(s, 5);
            var day = Two(s, 8);
            var hour = Two(s, 11);
            var minute = Two(s, 14);
            var second = Two(s, 17);
            // Two() is negative or above 99 for a non-digit, so these range checks also check digits.
            if (century >= 0 && yearOfCentury >= 0 && (uint)year - 1 < 9999 && (uint)month - 1 < 12 && day >= 1 && (uint)hour < 24 && (uint)minute < 60 && (uint)second < 60
                && day <= DateTime.DaysInMonth(year, month))
            {
                var y = year - 1;
                var leap = month > 2 && DateTime.IsLeapYear(year) ? 1 : 0;
                long days = (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month] + leap + day - 1;
                ticks = (days * TimeSpan.TicksPerDay) + (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond);
                return true;
            }

            ticks = 0;
            return false;
        }

        ticks = 0;
        if (s.Length > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] > 127)
            {
                return false;
            }

            chars[i] = (char)s[i];
        }

        return TryParseUtcTicks(chars, out ticks);
    }

    /// <summary>UTC ticks of an ISO 8601 timestamp; false when it is not one.</summary>
    public static bool TryParseUtcTicks(ReadOnlySpan<char> s, out long ticks)
    {
        ticks = 0;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        ticks = new DateTime(year, month, day).Ticks;
        if (s.Length == 10)
        {
            return true;
        }

        if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s.Length < 16 || s[13] != ':'
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        ticks += (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute);
        var i = 16;
        if (i < s.Length && s[i] == ':')
        {
            if (!Digits(s, 17, 2, out var second) || second > 59)
            {
                return false;
            }

            ticks += second * TimeSpan.TicksPerSecond;
            i = 19;
            if (i < s.Length && (s[i] == '.' || s[i] == ','))
            {
                i++;
                long fraction = 0;
                var digits = 0;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    if (digits < 7)
                    {
                        fraction = (fraction * 10) + (s[i] - '0');
                    }
                    else if (s[i] != '0')
                    {
                        return false; // below one tick: refuse rather than round silently
                    }

                    digits++;
                    i++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (var d = Math.Min(digits, 7); d < 7; d++)
                {
                    fraction *= 10;
                }

                ticks += fraction;
            }
        }

        return TryOffset(s[i..], ref ticks);
    }

    private static bool TryOffset(ReadOnlySpan<char> s, ref long ticks)
    {
        if (s.IsEmpty)
        {
            return true;
        }

        if (s is "Z" or "z")
        {
            return true;
        }

        if (s[0] != '+' && s[0] != '-')
        {
            return false;
        }

        var sign = s[0] == '-' ? -1 : 1;
        var minutes = 0;
        var ok = Digits(s, 1, 2, out var hours) && s.Length switch
        {
            3 => true,
            5 => Digits(s, 3, 2, out minutes),
            6 => s[3] == ':' && Digits(s, 4, 2, out minutes),
            _ => false,
        };
        if (!ok || hours > 23 || minutes > 59)
        {
            return false;
        }

        // Local time = UTC + offset, so UTC = local − offset.
        ticks -= sign * ((hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute));
        return ticks >= 0 && ticks <= DateTime.MaxValue.Ticks;
    }

    // Two ASCII digits as a number; a non-digit makes it negative or above 99.
    private static int Two(ReadOnlySpan<byte> s, int at)
    {
        var high = s[at] - '0';
        var low = s[at + 1] - '0';
        return (uint)high > 9 || (uint)low > 9 ? -1 : (high * 10) + low;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
