namespace Dealgraph.Core.Ledger;

/// <summary>A round trip that <see cref="SyntheticLedger"/> planted: ground truth for recall.</summary>
/// <param name="Ids">Transaction ids t1 … tk.</param>
/// <param name="Parties">Payer party indexes, in order.</param>
/// <param name="Cents">Amounts in cents, in order.</param>
/// <param name="Currency">Currency index.</param>
/// <param name="Ticks">Timestamps (UTC ticks), in order.</param>
public sealed record PlantedRoundTrip(long[] Ids, int[] Parties, long[] Cents, int Currency, long[] Ticks);
