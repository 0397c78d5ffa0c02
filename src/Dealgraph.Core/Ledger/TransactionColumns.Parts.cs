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
    /// Sets of columns writing into the same arrays: part i into the rows after those of parts
    /// 0 … i−1, at most <paramref name="rows"/>[i] of them. Why: each part interns names on its
    /// own thread into its own small table, yet no row is ever copied to a second array, so memory
    /// stays at one copy of the rows (the counts must be upper bounds, e.g. line counts; a part
    /// that overflows throws <see cref="InvalidOperationException"/>).
    /// </summary>
    public static TransactionColumns[] Split(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var total = rows.Sum(r => (long)r);
        if (total > Array.MaxLength)
        {
            throw new InputException($"ledger has more than {Array.MaxLength} rows");
        }

        var shared = new TransactionColumns((int)total);
        var parts = new TransactionColumns[rows.Count];
        var @base = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new TransactionColumns(shared, @base, rows[i]);
            @base += rows[i];
        }

        return parts;
    }

    /// <summary>
    /// Joins the parts of <see cref="Split"/>, in order: each later part's rows move down to
    /// follow the rows before them (in place), with its party, currency and id numbering mapped
    /// onto the first part's. Returns the first part, now holding every row.
    /// </summary>
    public static TransactionColumns Join(IReadOnlyList<TransactionColumns> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var first = parts[0];
        for (var k = 1; k < parts.Count; k++)
        {
            JoinOne(first, parts[k]);
        }

        first._capacity = first.Payers.Length;
        first._lastCurrency = -1;
        return first;
    }

    private static void JoinOne(TransactionColumns first, TransactionColumns second)
    {
        if (first._base != 0 || !ReferenceEquals(first.Payers, second.Payers))
        {
            throw new ArgumentException("not the parts of one Split", nameof(second));
        }

        var offset = first.Count;
        var from = second._base;
        var count = second.Count;
        var currencies = new byte[second.CurrencyCodes.Count];
        for (var c = 0; c < currencies.Length; c++)
        {
            var id = first.CurrencyCodes.Intern(second.CurrencyCodes.BytesOf(c));
            currencies[c] = id <= byte.MaxValue ? (byte)id : throw new InputException("more than 256 currencies in one ledger", field: "currency");
        }

        // Moving rows down (offset ≤ from), front to back, never overwrites a row not yet moved.
        // The columns that need no party ids move on another thread while this one interns the
        // names (the join comes after the parts, when the other cores would otherwise wait).
        var others = Task.Run(() =>
        {
            if (offset != from)
            {
                Array.Copy(first.Ticks, from, first.Ticks, offset, count);
                Array.Copy(first.Units, from, first.Units, offset, count);
            }

            var codes = first.Currencies;
            for (var i = 0; i < count; i++)
            {
                codes[offset + i] = currencies[codes[from + i]];
            }
        });
        var parties = first.Parties.InternAll(second.Parties);
        others.GetAwaiter().GetResult();
        var payees = Task.Run(() => MoveDown(first.Payees, from, offset, count, parties));
        MoveDown(first.Payers, from, offset, count, parties);
        payees.GetAwaiter().GetResult();
        JoinIds(first, second, offset);
        foreach (var (row, amount) in second._exoticAmounts)
        {
            first._exoticAmounts[offset + row] = amount;
        }

        first.Count = offset + second.Count;
    }

    private static void MoveDown(int[] column, int from, int offset, int count, int[] map)
    {
        for (var i = 0; i < count; i++)
        {
            column[offset + i] = map[column[from + i]];
        }
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
