namespace Dealgraph.Ingest.Ledger;

/// <summary>How <see cref="LedgerCsvReader"/> treats bad rows and reports progress.</summary>
public sealed record LedgerReadOptions
{
    /// <summary>Skip bad rows (counting them) instead of stopping at the first.</summary>
    public bool SkipBad { get; init; }

    /// <summary>Where skipped rows go (CSV: line, field, problem, row); none when null.</summary>
    public string? RejectsPath { get; init; }

    /// <summary>Parse large files in two parts at once (on by default; off for measurements).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Called about every 64k rows with (rows read, bytes read).</summary>
    public Action<long, long>? Progress { get; init; }
}
