namespace Dealgraph.Core.Model;

/// <summary>How much weight a claim carries, as Wikidata ranks statements.</summary>
public enum Rank
{
    /// <summary>The best statement for its time: beats normal claims of the same effective date.</summary>
    Preferred,
    /// <summary>An ordinary statement.</summary>
    Normal,
    /// <summary>Known to be wrong; kept for the record, ignored by resolution.</summary>
    Deprecated,
}
