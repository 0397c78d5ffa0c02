namespace Dealgraph.Core.Model;

/// <summary>What moves under a deal.</summary>
public enum DealKind
{
    /// <summary>Shares bought for cash.</summary>
    EquityInvestment,
    /// <summary>A commitment to buy goods (chips, systems).</summary>
    PurchaseCommitment,
    /// <summary>Cloud or compute capacity bought over time.</summary>
    ComputeContract,
    /// <summary>Rights to shares granted, usually against milestones.</summary>
    Warrant,
    /// <summary>Debt.</summary>
    Loan,
    /// <summary>A guarantee to buy what others do not (buyer of last resort).</summary>
    Backstop,
    /// <summary>A joint venture or partnership with money behind it.</summary>
    Partnership,
}
