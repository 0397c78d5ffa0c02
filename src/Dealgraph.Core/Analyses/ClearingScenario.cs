namespace Dealgraph.Core.Analyses;

/// <summary>What goes wrong, and the default costs.</summary>
public sealed record ClearingScenario
{
    /// <summary>Parties that fail, by index, with the share of what they owe they still pay (0 = nothing).</summary>
    public IReadOnlyDictionary<int, decimal> Fails { get; init; } = new Dictionary<int, decimal>();

    /// <summary>Falls in external assets by party index (assets do not go below zero).</summary>
    public IReadOnlyDictionary<int, decimal> Shocks { get; init; } = new Dictionary<int, decimal>();

    /// <summary>Rogers–Veraart: share of external assets a defaulting party realises (1 = Eisenberg–Noe).</summary>
    public decimal Alpha { get; init; } = 1m;

    /// <summary>Rogers–Veraart: share of interbank receipts a defaulting party realises (1 = Eisenberg–Noe).</summary>
    public decimal Beta { get; init; } = 1m;

    /// <summary>Stop an inner solve after this many sweeps (reported as not converged).</summary>
    public int MaxSweeps { get; init; } = 100_000;

    /// <summary>Checks the figures are in range.</summary>
    /// <exception cref="ArgumentException">A recovery, alpha or beta outside [0, 1], or a negative shock.</exception>
    public void Validate()
    {
        if (Alpha is < 0 or > 1 || Beta is < 0 or > 1)
        {
            throw new ArgumentException("alpha and beta must be between 0 and 1");
        }
        if (Fails.Values.Any(r => r is < 0 or > 1))
        {
            throw new ArgumentException("a recovery rate must be between 0 and 1");
        }
        if (Shocks.Values.Any(s => s < 0))
        {
            throw new ArgumentException("a shock is a fall in assets and cannot be negative");
        }
    }
}
