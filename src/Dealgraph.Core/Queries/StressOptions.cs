namespace Dealgraph.Core.Queries;

/// <summary>A stress-test scenario as the user states it (the <c>stress</c> command's options, or <c>/api/stress</c>'s parameters).</summary>
/// <param name="Fails">Parties that fail.</param>
/// <param name="Recovery">Share of what it owes a failed party still pays, 0 to 1.</param>
/// <param name="Shocks">Falls in external assets, as <c>PARTY=AMOUNT</c>.</param>
/// <param name="Alpha">Rogers–Veraart: share of external assets a defaulting party realises.</param>
/// <param name="Beta">Rogers–Veraart: share of receipts a defaulting party realises.</param>
/// <param name="UnknownCash">zero or owed: external assets of a party without a cash fact.</param>
/// <param name="Currency">Reporting currency code, or null for the data's.</param>
public sealed record StressOptions(
    IReadOnlyList<string> Fails,
    decimal Recovery = 0m,
    IReadOnlyList<string>? Shocks = null,
    decimal Alpha = 1m,
    decimal Beta = 1m,
    string UnknownCash = "zero",
    string? Currency = null);
