namespace Dealgraph.Core.Ledger;

/// <summary>
/// A ledger as parallel columns, one entry per transaction in file order: 33 bytes a row
/// (id key 8, payer 4, payee 4, UTC ticks 8, amount units 8, currency 1), plus the interned
/// names. <see cref="TransactionGraph.Build"/> turns it into a time-sorted adjacency structure.
/// </summary>
public sealed class TransactionColumns
{
    private readonly Dictionary<int, decimal> _exoticAmounts = [];

    /// <summary>Creates empty columns with room for <paramref name="capacity"/> rows.</summary>
    public TransactionColumns(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        Payers = new int[capacity];
        Payees = new int[capacity];
        Ticks = new long[capacity];
        Units = new long[capacity];
        Currencies = new byte[capacity];
        Parties = new NameInterner(Math.Min(capacity / 4, 1 << 20));
    }

    /// <summary>Rows held.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Id keys by row (see <see cref="Ids"/>), or null while the ids are consecutive integers
    /// <see cref="FirstId"/>, <see cref="FirstId"/> + 1, … (then nothing is stored: 8 bytes a row saved).
    /// </summary>
    public long[]? IdKeys { get; internal set; }

    /// <summary>The id of row 0 when <see cref="IdKeys"/> is null.</summary>
    public long FirstId { get; private set; }

    /// <summary>Payer party ids.</summary>
    public int[] Payers { get; internal set; }

    /// <summary>Payee party ids.</summary>
    public int[] Payees { get; internal set; }

    /// <summary>Timestamps as UTC ticks.</summary>
    public long[] Ticks { get; internal set; }

    /// <summary>Amounts in units of 1/10,000 (see <see cref="LedgerAmount"/>).</summary>
    public long[] Units { get; internal set; }

    /// <summary>Currency ids (see <see cref="Currencies"/> names).</summary>
    public byte[] Currencies { get; internal set; }

    /// <summary>Party names.</summary>
    public NameInterner Parties { get; }

    /// <summary>Currency codes (at most 256).</summary>
    public NameInterner CurrencyCodes { get; } = new();

    /// <summary>Transaction id texts.</summary>
    public TransactionIds Ids { get; } = new();

    /// <summary>Amounts not exact in units, by row.</summary>
    public IReadOnlyDictionary<int, decimal> ExoticAmounts => _exoticAmounts;

    /// <summary>Adds a row. The caller has validated it (payer ≠ payee, amount ≥ 0).</summary>
    public void Add(ReadOnlySpan<char> id, ReadOnlySpan<char> payer, ReadOnlySpan<char> payee, decimal amount, ReadOnlySpan<char> currency, long utcTicks)
    {
        if (!LedgerAmount.TryToUnits(amount, out var units))
        {
            _exoticAmounts[Count] = amount;
            units = LedgerAmount.Exotic;
        }

        Add(id, payer, payee, units, currency, utcTicks);
    }

    /// <summary>Adds a row whose amount is already in units (the fast path of a reader).</summary>
    public void Add(ReadOnlySpan<char> id, ReadOnlySpan<char> payer, ReadOnlySpan<char> payee, long units, ReadOnlySpan<char> currency, long utcTicks)
    {
        if (Count == Payers.Length)
        {
            Grow();
        }

        var currencyId = CurrencyCodes.Intern(currency);
        if (currencyId > byte.MaxValue)
        {
            throw new InputException("more than 256 currencies in one ledger", field: "currency");
        }

        var row = Count;
        if (IdKeys is not null || !IsNextConsecutive(id, row))
        {
            MaterializeIds(row);
            IdKeys![row] = Ids.KeyOf(id, IdKeys, row);
        }

        Payers[row] = Parties.Intern(payer);
        Payees[row] = Parties.Intern(payee);
        Ticks[row] = utcTicks;
        Units[row] = units;
        Currencies[row] = (byte)currencyId;
        Count = row + 1;
    }

    /// <summary>The id of a row as written in the ledger.</summary>
    public string IdOf(int row) =>
        IdKeys is null ? (FirstId + row).ToString(System.Globalization.CultureInfo.InvariantCulture) : Ids.TextOf(IdKeys[row]);

    /// <summary>The exact amount of a row.</summary>
    public decimal AmountOf(int row) =>
        Units[row] == LedgerAmount.Exotic ? _exoticAmounts[row] : LedgerAmount.FromUnits(Units[row]);

    /// <summary>
    /// Appends the rows of <paramref name="other"/> (read from a later part of the same file),
    /// re-interning its names; <paramref name="other"/> is emptied column by column as it is
    /// copied, so the peak stays near one copy of the rows.
    /// </summary>
    public void Append(TransactionColumns other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var offset = Count;
        var total = offset + other.Count;
        var parties = new int[other.Parties.Count];
        for (var p = 0; p < parties.Length; p++)
        {
            parties[p] = Parties.Intern(other.Parties.SpanOf(p));
        }

        var currencies = new byte[other.CurrencyCodes.Count];
        for (var c = 0; c < currencies.Length; c++)
        {
            var id = CurrencyCodes.Intern(other.CurrencyCodes.SpanOf(c));
            currencies[c] = id <= byte.MaxValue ? (byte)id : throw new InputException("more than 256 currencies in one ledger", field: "currency");
        }

        if (IdKeys is not null || other.IdKeys is not null || (offset > 0 && other.Count > 0 && other.FirstId != FirstId + offset))
        {
            MaterializeIds(offset);
            IdKeys = Resize(IdKeys!, total);
            for (var i = 0; i < other.Count; i++)
            {
                var key = other.IdKeys is null ? other.FirstId + i : other.IdKeys[i];
                IdKeys[offset + i] = Ids.Import(other.Ids, key, IdKeys, offset + i);
            }
        }
        else if (offset == 0)
        {
            FirstId = other.FirstId;
        }

        other.IdKeys = null;
        ReleaseGarbage(total);
        Payers = Resize(Payers, total);
        Remap(other.Payers, Payers, offset, other.Count, parties);
        other.Payers = [];
        ReleaseGarbage(total);
        Payees = Resize(Payees, total);
        Remap(other.Payees, Payees, offset, other.Count, parties);
        other.Payees = [];
        ReleaseGarbage(total);
        Ticks = Resize(Ticks, total);
        Array.Copy(other.Ticks, 0, Ticks, offset, other.Count);
        other.Ticks = [];
        ReleaseGarbage(total);
        Units = Resize(Units, total);
        Array.Copy(other.Units, 0, Units, offset, other.Count);
        other.Units = [];
        ReleaseGarbage(total);
        Currencies = Resize(Currencies, total);
        for (var i = 0; i < other.Count; i++)
        {
            Currencies[offset + i] = currencies[other.Currencies[i]];
        }

        other.Currencies = [];
        foreach (var (row, amount) in other._exoticAmounts)
        {
            _exoticAmounts[offset + row] = amount;
        }

        Count = total;
        other.Count = 0;
    }


    private bool IsNextConsecutive(ReadOnlySpan<char> id, int row)
    {
        if (!Ids.Numeric || !TransactionIds.TryParseCanonical(id, out var number))
        {
            return false;
        }

        if (row == 0)
        {
            FirstId = number;
            return true;
        }

        return number == FirstId + row;
    }

    private void MaterializeIds(int rows)
    {
        if (IdKeys is not null)
        {
            return;
        }

        IdKeys = new long[Math.Max(Payees.Length, rows)];
        for (var i = 0; i < rows; i++)
        {
            IdKeys[i] = FirstId + i;
        }
    }

    private void Grow()
    {
        var size = (int)Math.Min(Array.MaxLength, Math.Max(16L, Payers.Length + (Payers.Length / 2L)));
        if (size == Payers.Length)
        {
            throw new InputException($"ledger has more than {Array.MaxLength} rows");
        }

        IdKeys = IdKeys is null ? null : Resize(IdKeys, size);
        Payers = Resize(Payers, size);
        Payees = Resize(Payees, size);
        Ticks = Resize(Ticks, size);
        Units = Resize(Units, size);
        Currencies = Resize(Currencies, size);
    }

    /// <summary>
    /// Frees replaced multi-million-row arrays now. Why: they live on the large object heap,
    /// which is only collected by full collections; without this, each replaced column stays
    /// resident until the next one and the peak memory per row grows by its size.
    /// </summary>
    internal static void ReleaseGarbage(int rows)
    {
        if (rows >= 1 << 20)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }

    private static void Remap(int[] source, int[] target, int offset, int count, int[] map)
    {
        for (var i = 0; i < count; i++)
        {
            target[offset + i] = map[source[i]];
        }
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
