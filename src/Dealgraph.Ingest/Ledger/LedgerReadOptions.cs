namespace Dealgraph.Ingest.Ledger;

/// <summary>How <see cref="LedgerCsvReader"/> treats bad rows and reports progress.</summary>
public sealed record LedgerReadOptions
{
    /// <summary>Skip bad rows (counting them) instead of stopping at the first.</summary>
    public bool SkipBad { get; init; }

    /// <summary>Where skipped rows go (CSV: line, field, problem, row); none when null.</summary>
    public string? RejectsPath { get; init; }

    /// <summary>Parse large files in parts at once, one per core (on by default; off for measurements).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Smallest part worth a thread of its own, in bytes (4 MB; tests make it small to cut small files).</summary>
    public long MinPartBytes { get; init; } = 4 << 20;

    /// <summary>Most parts to cut a file into; the number of cores when null.</summary>
    public int? MaxParts { get; init; }

    /// <summary>Called about every 64k rows with (rows read, bytes read).</summary>
    public Action<long, long>? Progress { get; init; }
}
