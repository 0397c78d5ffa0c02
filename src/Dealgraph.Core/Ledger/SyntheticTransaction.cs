namespace Dealgraph.Core.Ledger;

/// <summary>One generated ledger row.</summary>
/// <param name="Id">Sequential id, 1-based, in time order.</param>
/// <param name="Payer">Payer party index (name from <see cref="SyntheticLedger.PartyName"/>).</param>
/// <param name="Payee">Payee party index.</param>
/// <param name="Cents">Amount in cents.</param>
/// <param name="Currency">Index into <see cref="SyntheticLedger.Currencies"/>.</param>
/// <param name="Ticks">UTC ticks, whole seconds.</param>
public readonly record struct SyntheticTransaction(long Id, int Payer, int Payee, long Cents, int Currency, long Ticks);
