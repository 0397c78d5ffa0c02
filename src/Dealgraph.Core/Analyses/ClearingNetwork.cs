namespace Dealgraph.Core.Analyses;

/// <summary>
/// The input of an Eisenberg–Noe clearing: named parties, nominal liabilities L (debtor owes
/// creditor an amount) and external assets e, all in one currency. Parallel liabilities between
/// the same two parties simply add up.
/// </summary>
public sealed class ClearingNetwork
{
    /// <summary>Validates and wraps the arrays (they are not copied).</summary>
    /// <exception cref="ArgumentException">Mismatched lengths, an index out of range, a self-loan or a negative figure.</exception>
    public ClearingNetwork(IReadOnlyList<string> parties, int[] debtor, int[] creditor, decimal[] amount, decimal[] assets)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(assets);
        if (creditor.Length != debtor.Length || amount.Length != debtor.Length || assets.Length != parties.Count)
        {
            throw new ArgumentException("liability arrays must have one length and assets one entry per party");
        }
        var n = parties.Count;
        for (var k = 0; k < debtor.Length; k++)
        {
            if ((uint)debtor[k] >= (uint)n || (uint)creditor[k] >= (uint)n || debtor[k] == creditor[k] || amount[k] < 0)
            {
                throw new ArgumentException($"liability {k} ({debtor[k]}→{creditor[k]}, {amount[k]}) is not a non-negative debt between two parties");
            }
        }
        if (assets.Any(a => a < 0))
        {
            throw new ArgumentException("external assets cannot be negative");
        }
        Parties = parties;
        Debtor = debtor;
        Creditor = creditor;
        Amount = amount;
        Assets = assets;
    }

    /// <summary>Party ids; index = position.</summary>
    public IReadOnlyList<string> Parties { get; }

    /// <summary>Debtor index of each liability.</summary>
    public int[] Debtor { get; }

    /// <summary>Creditor index of each liability.</summary>
    public int[] Creditor { get; }

    /// <summary>Nominal amount of each liability.</summary>
    public decimal[] Amount { get; }

    /// <summary>External assets of each party.</summary>
    public decimal[] Assets { get; }

    /// <summary>Total owed by each party, p̄ (exact).</summary>
    public decimal[] Owed()
    {
        var owed = new decimal[Parties.Count];
        for (var k = 0; k < Debtor.Length; k++)
        {
            owed[Debtor[k]] += Amount[k];
        }
        return owed;
    }

    /// <summary>Total owed to each party (exact).</summary>
    public decimal[] Receivable()
    {
        var due = new decimal[Parties.Count];
        for (var k = 0; k < Creditor.Length; k++)
        {
            due[Creditor[k]] += Amount[k];
        }
        return due;
    }
}
