namespace Dealgraph.Core.Money;

/// <summary>
/// A sum of money as an interval in one currency. Bounds are non-negative decimals; a null
/// bound is unknown (low) or unbounded (high). The qualifier keeps what the source said
/// ("up to", "nothing like", …) so the interval can be explained, not just computed.
/// </summary>
public sealed record Amount
{
    private Amount(Currency currency, AmountQualifier qualifier, decimal? low, decimal? high)
    {
        if (low < 0 || high < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(low), "amounts cannot be negative");
        }
        if (low is { } l && high is { } h && l > h)
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"low bound {l} exceeds high bound {h}");
        }
        Currency = currency;
        Qualifier = qualifier;
        Low = low;
        High = high;
    }

    /// <summary>The currency of both bounds.</summary>
    public Currency Currency { get; }

    /// <summary>What the source said about the bounds.</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>Lower bound (inclusive unless <see cref="AmountQualifier.MoreThan"/>); null when unknown.</summary>
    public decimal? Low { get; }

    /// <summary>Upper bound (inclusive unless <see cref="AmountQualifier.LessThan"/>); null when unbounded or unknown.</summary>
    public decimal? High { get; }

    /// <summary>True when the interval is the single point zero.</summary>
    public bool IsZero => Low == 0 && High == 0;

    /// <summary>True when nothing bounds the amount from above.</summary>
    public bool IsUnbounded => High is null;

    /// <summary>An exact figure.</summary>
    public static Amount Exact(decimal value, Currency currency) => new(currency, AmountQualifier.Exact, value, value);

    /// <summary>An approximate figure ("about", "約").</summary>
    public static Amount About(decimal value, Currency currency) => new(currency, AmountQualifier.About, value, value);

    /// <summary>"Up to": between zero and <paramref name="high"/> inclusive.</summary>
    public static Amount UpTo(decimal high, Currency currency) => new(currency, AmountQualifier.UpTo, 0m, high);

    /// <summary>"Less than" / "nothing like": between zero and <paramref name="high"/>, exclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="high"/> is zero: no amount is below zero.</exception>
    public static Amount LessThan(decimal high, Currency currency) =>
        high > 0 ? new(currency, AmountQualifier.LessThan, 0m, high) : throw new ArgumentOutOfRangeException(nameof(high), "no amount is less than 0");

    /// <summary>"At least": <paramref name="low"/> or more.</summary>
    public static Amount AtLeast(decimal low, Currency currency) => new(currency, AmountQualifier.AtLeast, low, null);

    /// <summary>"More than": strictly above <paramref name="low"/>.</summary>
    public static Amount MoreThan(decimal low, Currency currency) => new(currency, AmountQualifier.MoreThan, low, null);

    /// <summary>Between two figures, inclusive.</summary>
    public static Amount Range(decimal low, decimal high, Currency currency) => new(currency, AmountQualifier.Range, low, high);

    /// <summary>An amount that exists but was not quantified.</summary>
    public static Amount Unknown(Currency currency) => new(currency, AmountQualifier.Unknown, null, null);

    /// <summary>Zero in the given currency.</summary>
    public static Amount Zero(Currency currency) => Exact(0m, currency);

    /// <summary>Builds an amount from a qualifier and bounds, validating that they fit together.</summary>
    /// <exception cref="ArgumentException">The bounds do not fit the qualifier.</exception>
    public static Amount Create(AmountQualifier qualifier, decimal? low, decimal? high, Currency currency)
    {
        return qualifier switch
        {
            AmountQualifier.Exact => Exact(Single(low, high, "exact"), currency),
            AmountQualifier.About => About(Single(low, high, "about"), currency),
            AmountQualifier.UpTo => UpTo(high ?? throw Needs("up-to", "high"), currency),
            AmountQualifier.LessThan => LessThan(high ?? throw Needs("less-than", "high"), currency),
            AmountQualifier.AtLeast => AtLeast(low ?? throw Needs("at-least", "low"), currency),
            AmountQualifier.MoreThan => MoreThan(low ?? throw Needs("more-than", "low"), currency),
            AmountQualifier.Range => Range(low ?? throw Needs("range", "low"), high ?? throw Needs("range", "high"), currency),
            AmountQualifier.Unknown when low is null && high is null => Unknown(currency),
            AmountQualifier.Unknown => throw new ArgumentException("an unknown amount has no bounds"),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
        };

        static decimal Single(decimal? low, decimal? high, string name) =>
            (low, high) switch
            {
                ({ } l, { } h) when l == h => l,
                ({ } l, null) => l,
                (null, { } h) => h,
                (null, null) => throw Needs(name, "value"),
                _ => throw new ArgumentException($"{(name[0] is 'a' or 'e' ? "an" : "a")} {name} amount has one value, not a range"),
            };

        static ArgumentException Needs(string qualifier, string bound) =>
            new($"{(qualifier[0] is 'a' or 'e' or 'u' ? "an" : "a")} {qualifier} amount needs a {bound}");
    }

    /// <summary>Interval sum: lows add, highs add; an unknown low counts as zero, an unbounded high stays unbounded.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Amount Plus(Amount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        RequireSameCurrency(other);
        if (Qualifier == AmountQualifier.Unknown && other.Qualifier == AmountQualifier.Unknown)
        {
            return this;
        }
        var low = (Low ?? 0m) + (other.Low ?? 0m);
        decimal? high = High is { } a && other.High is { } b ? a + b : null;
        return FromBounds(low, high, currency: Currency, this, other);
    }

    /// <summary>Interval minimum: the smallest the lesser of two amounts can be, and the largest.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Amount Min(Amount left, Amount right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        left.RequireSameCurrency(right);
        if (left.Qualifier == AmountQualifier.Unknown || right.Qualifier == AmountQualifier.Unknown)
        {
            return Unknown(left.Currency);
        }
        var low = Math.Min(left.Low ?? 0m, right.Low ?? 0m);
        decimal? high = (left.High, right.High) switch
        {
            ({ } a, { } b) => Math.Min(a, b),
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
        return FromBounds(low, high, left.Currency, left, right);
    }

    /// <summary>Multiplies both bounds by a non-negative rate into another currency (exchange rates); exact in decimal.</summary>
    public Amount ConvertTo(Currency target, decimal rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        return new Amount(target, Qualifier, Low * rate, High * rate);
    }

    private void RequireSameCurrency(Amount other)
    {
        if (other.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, other.Currency);
        }
    }

    /// <summary>Names the interval of a combination by its bounds and what its parts said.</summary>
    private static Amount FromBounds(decimal low, decimal? high, Currency currency, Amount a, Amount b)
    {
        bool Any(AmountQualifier q) => a.Qualifier == q || b.Qualifier == q;
        if (high is { } h && low == h)
        {
            return new Amount(currency, Any(AmountQualifier.About) ? AmountQualifier.About : AmountQualifier.Exact, low, h);
        }
        if (high is null)
        {
            return new Amount(currency, Any(AmountQualifier.MoreThan) ? AmountQualifier.MoreThan : AmountQualifier.AtLeast, low, null);
        }
        if (low == 0)
        {
            return new Amount(currency, Any(AmountQualifier.LessThan) ? AmountQualifier.LessThan : AmountQualifier.UpTo, 0m, high);
        }
        return new Amount(currency, AmountQualifier.Range, low, high);
    }

    /// <inheritdoc />
    public override string ToString() => AmountFormatter.Format(this);
}
