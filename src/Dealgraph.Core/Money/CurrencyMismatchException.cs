namespace Dealgraph.Core.Money;

/// <summary>Thrown when amounts of different currencies are combined without an exchange rate.</summary>
public sealed class CurrencyMismatchException(Currency left, Currency right)
    : InvalidOperationException($"cannot combine {left} and {right} amounts without an exchange rate")
{
    /// <summary>The first currency.</summary>
    public Currency Left { get; } = left;

    /// <summary>The second currency.</summary>
    public Currency Right { get; } = right;
}
