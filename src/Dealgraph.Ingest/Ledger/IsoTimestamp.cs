namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Parses ISO 8601 timestamps to UTC ticks without allocating: <c>2025-03-04</c>,
/// <c>2025-03-04T12:34:56</c>, with optional fraction (up to 7 digits) and optional offset
/// (<c>Z</c>, <c>+02:00</c>, <c>-0530</c>, <c>+02</c>). No offset means UTC. A space instead of
/// <c>T</c> is accepted (RFC 3339 allows it).
/// </summary>
public static class IsoTimestamp
{
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
