namespace Dealgraph.Ingest.Ledger;

/// <summary>Output formats of round trips written to a file or standard output.</summary>
public enum RoundTripFormat
{
    /// <summary>One JSON object per line.</summary>
    Jsonl,

    /// <summary>CSV with a header; ids and parties space-separated inside their fields.</summary>
    Csv,
}
