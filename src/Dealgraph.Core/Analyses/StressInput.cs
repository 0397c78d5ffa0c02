namespace Dealgraph.Core.Analyses;

/// <summary>A clearing network read from a dataset, with what could not be used.</summary>
/// <param name="Network">Liabilities and external assets.</param>
/// <param name="Unquantified">Deals with an outstanding binding amount that has no known lower bound (left out).</param>
/// <param name="AssumedAssets">Parties whose external assets were assumed (no cash fact).</param>
public sealed record StressInput(ClearingNetwork Network, IReadOnlyList<string> Unquantified, IReadOnlyList<string> AssumedAssets);
