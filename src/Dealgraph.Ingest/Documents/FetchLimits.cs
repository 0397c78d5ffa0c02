namespace Dealgraph.Ingest.Documents;

/// <summary>Bounds on reading a document: size (files and HTTP bodies), HTTP time and redirects.</summary>
public sealed record FetchLimits
{
    /// <summary>Largest document read, in bytes (default 32 MiB): bigger input gets a clear error, not an out-of-memory.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Time allowed for one HTTP exchange, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The defaults.</summary>
    public static FetchLimits Default { get; } = new();
}
