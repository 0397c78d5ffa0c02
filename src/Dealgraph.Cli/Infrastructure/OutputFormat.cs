namespace Dealgraph.Cli.Infrastructure;

/// <summary>How read commands print their answer.</summary>
public enum OutputFormat
{
    /// <summary>Tables for people.</summary>
    Table,
    /// <summary>The stable JSON contract for scripts.</summary>
    Json,
    /// <summary>Comma-separated values, one row per item.</summary>
    Csv,
}
