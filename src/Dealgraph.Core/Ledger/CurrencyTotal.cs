namespace Dealgraph.Core.Ledger;

/// <summary>Transactions and total amount in one currency.</summary>
/// <param name="Currency">Currency code as written in the ledger.</param>
/// <param name="Transactions">Rows in that currency.</param>
/// <param name="Total">Sum of their amounts.</param>
public sealed record CurrencyTotal(string Currency, long Transactions, decimal Total);
