namespace Dealgraph.Core.Ledger;

/// <summary>What <see cref="SyntheticLedger"/> generates.</summary>
/// <param name="Parties">Number of parties.</param>
/// <param name="Transactions">Total rows, planted ones included.</param>
/// <param name="Planted">Round trips to plant (2–6 hops each).</param>
/// <param name="Seed">Random seed: the same options give the same ledger.</param>
public sealed record SyntheticLedgerOptions(int Parties, int Transactions, int Planted, int Seed)
{
    /// <summary>First instant of the ledger (UTC).</summary>
    public DateTime Start { get; init; } = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Time covered by the ledger.</summary>
    public TimeSpan Span { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Longest duration of a planted round trip (first to last transaction).</summary>
    public TimeSpan PlantedWindow { get; init; } = TimeSpan.FromDays(20);

    /// <summary>Largest relative deviation of a planted hop's amount from its first amount.</summary>
    public decimal PlantedTolerance { get; init; } = 0.05m;

    /// <summary>Zipf exponent of party activity (0 = uniform).</summary>
    public double Skew { get; init; } = 0.65;

    /// <summary>Throws <see cref="InputException"/> for impossible options.</summary>
    public void Validate()
    {
        if (Parties < 6)
        {
            throw new InputException("need at least 6 parties", field: "--parties");
        }

        if (Transactions < 0 || Planted < 0)
        {
            throw new InputException("counts must not be negative", field: "--transactions");
        }

        if ((long)Planted * 6 > Transactions)
        {
            throw new InputException($"{Planted} planted round trips need up to {(long)Planted * 6} transactions; --transactions is {Transactions}", field: "--planted");
        }

        if (Span <= PlantedWindow)
        {
            throw new InputException("the ledger must span more time than the planted window", field: "--span");
        }
    }
}
