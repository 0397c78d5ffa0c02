namespace Dealgraph.Core.Model;

/// <summary>A metric of a party that a fact states.</summary>
public enum FactMetric
{
    /// <summary>Company valuation (post-money unless the fact says otherwise).</summary>
    Valuation,
    /// <summary>Cash and equivalents on hand.</summary>
    Cash,
    /// <summary>Revenue per year (annualised).</summary>
    Revenue,
    /// <summary>Cash burn per year (annualised).</summary>
    Burn,
    /// <summary>Total spending commitments announced.</summary>
    Commitments,
}
