namespace Dealgraph.Core.Ledger;

/// <summary>
/// The parameters of a round-trip search: at most <see cref="MaxHops"/> transactions, the last
/// no later than <see cref="Window"/> after the first, every amount within
/// <see cref="Tolerance"/> × the first amount of the first amount.
/// </summary>
public sealed record RoundTripQuery
{
    /// <summary>Largest accepted hop bound (deeper searches are not meaningful for ledgers).</summary>
    public const int HopLimit = 12;

    /// <summary>Creates a validated query; bad values raise <see cref="InputException"/>.</summary>
    public RoundTripQuery(int maxHops, TimeSpan window, decimal tolerance, int parallelism = 0)
    {
        if (maxHops is < 2 or > HopLimit)
        {
            throw new InputException($"must be between 2 and {HopLimit}, got {maxHops}", field: "--max-hops");
        }

        if (window < TimeSpan.Zero)
        {
            throw new InputException("must not be negative", field: "--window");
        }

        // Nine decimal places and a value below 1000 keep tolerance × amount exact in 128 bits.
        if (tolerance < 0 || tolerance >= 1000 || (tolerance.Scale > 9 && decimal.Round(tolerance, 9) != tolerance))
        {
            throw new InputException($"must be between 0 and 1000 with at most 9 decimal places, got {tolerance}", field: "--tolerance");
        }

        MaxHops = maxHops;
        Window = window;
        Tolerance = tolerance;
        Parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        var normalized = decimal.Round(tolerance, 9);
        ToleranceScale = 1_000_000_000;
        ToleranceNumerator = (long)(normalized * ToleranceScale);
    }

    /// <summary>Most transactions in a round trip (at least 2).</summary>
    public int MaxHops { get; }

    /// <summary>Largest time from the first to the last transaction (inclusive).</summary>
    public TimeSpan Window { get; }

    /// <summary>Allowed relative deviation of each amount from the first.</summary>
    public decimal Tolerance { get; }

    /// <summary>Worker threads.</summary>
    public int Parallelism { get; }

    /// <summary>Tolerance as <see cref="ToleranceNumerator"/> / <see cref="ToleranceScale"/>, exactly.</summary>
    public long ToleranceNumerator { get; }

    /// <summary>Denominator of the tolerance (10^9).</summary>
    public long ToleranceScale { get; }
}
