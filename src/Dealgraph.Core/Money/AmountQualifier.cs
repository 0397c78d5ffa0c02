namespace Dealgraph.Core.Money;

/// <summary>How a reported figure bounds the real amount (press figures are bounds, not points).</summary>
public enum AmountQualifier
{
    /// <summary>"$10B": low = high = value.</summary>
    Exact,
    /// <summary>"up to $100B": 0 ≤ x ≤ high.</summary>
    UpTo,
    /// <summary>"at least $6.3B": low ≤ x, no upper bound.</summary>
    AtLeast,
    /// <summary>"more than $100B": low &lt; x, no upper bound.</summary>
    MoreThan,
    /// <summary>"about $300B": low = high = value, approximately.</summary>
    About,
    /// <summary>"nothing like $100B": 0 ≤ x &lt; high (exclusive).</summary>
    LessThan,
    /// <summary>"$15B to $50B": low ≤ x ≤ high.</summary>
    Range,
    /// <summary>Not quantified: no bounds.</summary>
    Unknown,
}
