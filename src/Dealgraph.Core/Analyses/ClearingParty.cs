namespace Dealgraph.Core.Analyses;

/// <summary>One party in the clearing.</summary>
/// <param name="Id">Party id.</param>
/// <param name="Owed">What it owes in total, p̄ (exact).</param>
/// <param name="Paid">What it pays at the clearing vector, rounded to <see cref="ClearingResult.Decimals"/>.</param>
/// <param name="Shortfall">Owed − paid.</param>
/// <param name="Defaulted">True when it pays less than it owes (or was made to fail).</param>
/// <param name="Round">Cascade round of its default: 0 for a party made to fail, 1 for first-order defaults, …; null when it pays in full.</param>
/// <param name="Assets">External assets after shocks.</param>
/// <param name="Receivable">What others owe it in total (exact).</param>
/// <param name="Received">What it receives at the clearing vector.</param>
/// <param name="Loss">Receivable − received: how much it is short of what it was owed.</param>
public sealed record ClearingParty(
    string Id, decimal Owed, decimal Paid, decimal Shortfall, bool Defaulted, int? Round,
    decimal Assets, decimal Receivable, decimal Received, decimal Loss);
