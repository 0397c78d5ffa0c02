namespace Dealgraph.Core.Model;

/// <summary>Where a deal stands, roughly in life-cycle order, then the turns a deal can take.</summary>
public enum DealStatus
{
    /// <summary>Reported by others, not confirmed.</summary>
    Rumored,
    /// <summary>Parties are negotiating.</summary>
    InTalks,
    /// <summary>Announced by a party, nature of commitment unstated.</summary>
    Announced,
    /// <summary>Letter of intent or memorandum of understanding.</summary>
    NonBinding,
    /// <summary>Definitive agreement signed.</summary>
    Signed,
    /// <summary>Funding or delivery under way.</summary>
    InProgress,
    /// <summary>Fully performed.</summary>
    Completed,
    /// <summary>Paused ("on ice").</summary>
    OnIce,
    /// <summary>Reduced from the headline.</summary>
    ScaledBack,
    /// <summary>A party denied the deal.</summary>
    Denied,
    /// <summary>Called off.</summary>
    Cancelled,
    /// <summary>Replaced by another deal.</summary>
    Superseded,
}
