using Dealgraph.Core.Ledger;

namespace Dealgraph.Ingest.Ledger;

/// <summary>What <see cref="LedgerCsvReader"/> read.</summary>
/// <param name="Columns">The good rows.</param>
/// <param name="BadRows">Rows skipped (only with <see cref="LedgerReadOptions.SkipBad"/>).</param>
/// <param name="Bytes">Size of the file.</param>
public sealed record LedgerReadResult(TransactionColumns Columns, long BadRows, long Bytes);
