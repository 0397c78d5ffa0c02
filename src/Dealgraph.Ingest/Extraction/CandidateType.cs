namespace Dealgraph.Ingest.Extraction;

/// <summary>What a candidate claim is about.</summary>
public enum CandidateType
{
    /// <summary>Money between two parties.</summary>
    Deal,
    /// <summary>A metric of one party (valuation, burn, revenue …).</summary>
    Fact,
}
