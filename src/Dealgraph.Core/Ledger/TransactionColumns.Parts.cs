namespace Dealgraph.Core.Ledger;

/// <summary>Parts of one ledger parsed on separate threads into shared arrays, then joined.</summary>
public sealed partial class TransactionColumns
{
    private TransactionColumns(TransactionColumns shared, int @base, int capacity)
    {
        (Payers, Payees, Ticks, Units, Currencies) = (shared.Payers, shared.Payees, shared.Ticks, shared.Units, shared.Currencies);
        Parties = new NameInterner(Math.Min(capacity / 16, 1 << 16));
        (_base, _capacity, _isView) = (@base, capacity, true);
    }

    /// <summary>
    /// Two sets of columns writing into the same arrays: the first into rows 0 … rows0−1, the
    /// second from row rows0 on. Why: each part interns names on its own thread, yet no row is
    /// ever copied to a second array, so memory stays at one copy of the rows (the counts must be
    /// upper bounds, e.g. line counts; a part that overflows throws <see cref="InvalidOperationException"/>).
    /// </summary>
    public static (TransactionColumns First, TransactionColumns Second) Split(int rows0, int rows1)
    {
        var shared = new TransactionColumns(rows0 + rows1);
        return (new TransactionColumns(shared, 0, rows0), new TransactionColumns(shared, rows0, rows1));
    }

    /// <summary>
    /// Joins the two parts of <see cref="Split"/>: the second part's rows move down to follow the
    /// first's (in place), with its party, currency and id numbering mapped onto the first's.
    /// </summary>
    public static TransactionColumns Join(TransactionColumns first, TransactionColumns second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first._base != 0 || !ReferenceEquals(first.Payers, second.Payers))
        {
            throw new ArgumentException("not the two parts of one Split", nameof(second));
        }

        var offset = first.Count;
        var from = second._base;
        var parties = new int[second.Parties.Count];
        for (var p = 0; p < parties.Length; p++)
        {
            parties[p] = first.Parties.Intern(second.Parties.SpanOf(p));
        }

        var currencies = new byte[second.CurrencyCodes.Count];
        for (var c = 0; c < currencies.Length; c++)
        {
            var id = first.CurrencyCodes.Intern(second.CurrencyCodes.SpanOf(c));
            currencies[c] = id <= byte.MaxValue ? (byte)id : throw new InputException("more than 256 currencies in one ledger", field: "currency");
        }

        // Moving rows down (offset ≤ from), front to back, never overwrites a row not yet moved.
        for (var i = 0; i < second.Count; i++)
        {
            first.Payers[offset + i] = parties[first.Payers[from + i]];
            first.Payees[offset + i] = parties[first.Payees[from + i]];
            first.Ticks[offset + i] = first.Ticks[from + i];
            first.Units[offset + i] = first.Units[from + i];
            first.Currencies[offset + i] = currencies[first.Currencies[from + i]];
        }

        JoinIds(first, second, offset);
        foreach (var (row, amount) in second._exoticAmounts)
        {
            first._exoticAmounts[offset + row] = amount;
        }

        first.Count = offset + second.Count;
        first._capacity = first.Payers.Length;
        return first;
    }

    private static void JoinIds(TransactionColumns first, TransactionColumns second, int offset)
    {
        var total = offset + second.Count;
        var consecutive = first.IdKeys is null && second.IdKeys is null
            && (offset == 0 || second.Count == 0 || second.FirstId == first.FirstId + offset);
        if (consecutive)
        {
            first.FirstId = offset == 0 ? second.FirstId : first.FirstId;
            return;
        }

        first._capacity = Math.Max(first._capacity, total);
        first.MaterializeIds(offset);
        first.IdKeys = Resize(first.IdKeys!, Math.Max(first.IdKeys!.Length, total));
        for (var i = 0; i < second.Count; i++)
        {
            var key = second.IdKeys is null ? second.FirstId + i : second.IdKeys[i];
            first.IdKeys[offset + i] = first.Ids.Import(second.Ids, key, first.IdKeys, offset + i);
        }

        second.IdKeys = null;
    }
}
