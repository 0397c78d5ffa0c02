namespace Dealgraph.Core.Analyses;

/// <summary>What a stress test assumes for a party without a <c>cash</c> fact.</summary>
public enum UnknownCash
{
    /// <summary>No external assets: the party pays only from what it receives.</summary>
    Zero,
    /// <summary>Enough external assets to pay everything it owes, so it cannot default.</summary>
    Owed,
}
