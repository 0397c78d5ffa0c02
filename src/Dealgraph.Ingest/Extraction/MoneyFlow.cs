namespace Dealgraph.Ingest.Extraction;

/// <summary>Which way money moves relative to the grammar: forward = the subject pays the object.</summary>
public enum MoneyFlow
{
    /// <summary>"X invests in Y", "Y buys from X", "X 投資 Y", "Y 向 X 採購": the party before the cue pays.</summary>
    Forward,
    /// <summary>"Y raises from X", "X sells to Y", "Y 獲得 X 投資", "Y 被 X 收購": the party after the cue pays.</summary>
    Reverse,
}
