namespace Dealgraph.Cli.Commands;

/// <summary>Output formats of <c>dealgraph ledger loops</c>.</summary>
public enum LedgerLoopsFormat
{
    /// <summary>One JSON object per round trip per line.</summary>
    Jsonl,
    /// <summary>CSV with a header.</summary>
    Csv,
    /// <summary>A table for people.</summary>
    Table,
}
