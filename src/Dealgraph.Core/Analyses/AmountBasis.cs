namespace Dealgraph.Core.Analyses;

/// <summary>Which amount of a deal an analysis reads.</summary>
public enum AmountBasis
{
    /// <summary>The announced figure.</summary>
    Headline,
    /// <summary>The contractually binding amount (stated, or derived from the status).</summary>
    Binding,
    /// <summary>The amount paid to date (stated, or derived from the status).</summary>
    Paid,
}
