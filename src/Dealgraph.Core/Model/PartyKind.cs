namespace Dealgraph.Core.Model;

/// <summary>What kind of actor a party is.</summary>
public enum PartyKind
{
    /// <summary>A company.</summary>
    Company,
    /// <summary>An investment fund.</summary>
    Fund,
    /// <summary>A government or state body.</summary>
    Government,
    /// <summary>A natural person.</summary>
    Person,
    /// <summary>A joint venture or special-purpose vehicle.</summary>
    Venture,
}
