namespace Dealgraph.Core.Ledger;

/// <summary>How many payments a party made.</summary>
/// <param name="Party">Party name.</param>
/// <param name="Payments">Rows with the party as payer.</param>
public sealed record PayerActivity(string Party, int Payments);
