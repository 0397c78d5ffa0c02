namespace Dealgraph.Storage;

/// <summary>Numbers of entities by kind.</summary>
/// <param name="Parties">Parties.</param>
/// <param name="Sources">Sources.</param>
/// <param name="Deals">Deals.</param>
/// <param name="Claims">Claims (of the deals counted).</param>
/// <param name="Facts">Facts.</param>
/// <param name="FxRates">Exchange rates.</param>
public sealed record StoreCounts(int Parties, int Sources, int Deals, int Claims, int Facts, int FxRates)
{
    /// <summary>No entities.</summary>
    public static StoreCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Sum over kinds, claims excluded (they move with their deal).</summary>
    public int Total => Parties + Sources + Deals + Facts + FxRates;
}
