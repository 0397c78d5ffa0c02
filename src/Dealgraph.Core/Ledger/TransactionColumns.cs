namespace Dealgraph.Core.Ledger;

/// <summary>
/// A ledger as parallel columns, one entry per transaction in file order: 33 bytes a row
/// (id key 8, payer 4, payee 4, UTC ticks 8, amount units 8, currency 1), plus the interned
/// names. <see cref="TransactionGraph.Build(TransactionColumns)"/> turns it into a time-sorted adjacency structure.
/// </summary>
public sealed partial class TransactionColumns
{
    private readonly Dictionary<int, decimal> _exoticAmounts = [];

    // A part of a file parsed on its own thread writes rows _base, _base + 1, … of arrays shared
    // with the other parts, up to _capacity rows (see TransactionColumns.Parts.cs).
    private readonly int _base;
    private readonly bool _isView;
    private int _capacity;
    private int _lastCurrency = -1;

    /// <summary>Creates empty columns with room for <paramref name="capacity"/> rows.</summary>
    public TransactionColumns(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        // Uninitialized: rows are written before they are read, and room a reader reserved but did
        // not fill is then never touched, so it costs address space but no memory (beyond the rest
        // of a 2 MB page: large columns are advised for huge pages, see HugePageArrays).
        Payers = HugePageArrays.Allocate<int>(capacity, clear: false);
        Payees = HugePageArrays.Allocate<int>(capacity, clear: false);
        Ticks = HugePageArrays.Allocate<long>(capacity, clear: false);
        Units = HugePageArrays.Allocate<long>(capacity, clear: false);
        Currencies = HugePageArrays.Allocate<byte>(capacity, clear: false);
        Parties = new NameInterner(Math.Min(capacity / 16, 1 << 16));
        _capacity = capacity;
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
        var units = UnitsOrExotic(amount);
        Add(Utf8(id), Utf8(payer), Utf8(payee), units, Utf8(currency), utcTicks);
    }

    /// <summary>Adds a row given as UTF-8 bytes whose amount is a decimal (kept exactly).</summary>
    public void Add(ReadOnlySpan<byte> id, ReadOnlySpan<byte> payer, ReadOnlySpan<byte> payee, decimal amount, ReadOnlySpan<byte> currency, long utcTicks) =>
        Add(id, payer, payee, UnitsOrExotic(amount), currency, utcTicks);

    /// <summary>Adds a row given as UTF-8 bytes whose amount is already in units (the fast path of a reader).</summary>
    public void Add(ReadOnlySpan<byte> id, ReadOnlySpan<byte> payer, ReadOnlySpan<byte> payee, long units, ReadOnlySpan<byte> currency, long utcTicks)
    {
        if (Count == _capacity)
        {
            Grow();
        }

        var row = Count;
        var at = _base + row;
        if (IdKeys is not null || !IsNextConsecutive(id, row))
        {
            MaterializeIds(row);
            IdKeys![row] = Ids.KeyOf(id, IdKeys, row);
        }

        (Payers[at], Payees[at]) = Parties.Intern(payer, payee);
        Ticks[at] = utcTicks;
        Units[at] = units;
        Currencies[at] = CurrencyId(currency);
        Count = row + 1;
    }

    /// <summary>The id of a row as written in the ledger.</summary>
    public string IdOf(int row) =>
        IdKeys is null ? (FirstId + row).ToString(System.Globalization.CultureInfo.InvariantCulture) : Ids.TextOf(IdKeys[row]);

    /// <summary>The exact amount of a row.</summary>
    public decimal AmountOf(int row) =>
        Units[row] == LedgerAmount.Exotic ? _exoticAmounts[row] : LedgerAmount.FromUnits(Units[row]);

    private static byte[] Utf8(ReadOnlySpan<char> text) => System.Text.Encoding.UTF8.GetBytes(text.ToArray());

    private long UnitsOrExotic(decimal amount)
    {
        if (LedgerAmount.TryToUnits(amount, out var units))
        {
            return units;
        }

        _exoticAmounts[Count] = amount;
        return LedgerAmount.Exotic;
    }

    // The last currency seen is checked first: ledgers mostly repeat a few codes.
    private byte CurrencyId(ReadOnlySpan<byte> currency)
    {
        if (_lastCurrency >= 0 && currency.SequenceEqual(CurrencyCodes.BytesOf(_lastCurrency)))
        {
            return (byte)_lastCurrency;
        }

        var currencyId = CurrencyCodes.Intern(currency);
        if (currencyId > byte.MaxValue)
        {
            throw new InputException("more than 256 currencies in one ledger", field: "currency");
        }

        _lastCurrency = currencyId;
        return (byte)currencyId;
    }

    private bool IsNextConsecutive(ReadOnlySpan<byte> id, int row)
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

        IdKeys = new long[Math.Max(_capacity, rows)];
        for (var i = 0; i < rows; i++)
        {
            IdKeys[i] = FirstId + i;
        }
    }

    private void Grow()
    {
        if (_isView)
        {
            throw new InvalidOperationException("a part of a ledger has more rows than lines");
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(16L, Payers.Length + (Payers.Length / 2L)));
        if (size == Payers.Length)
        {
            throw new InputException($"ledger has more than {Array.MaxLength} rows");
        }

        _capacity = size;
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
            // Aggressive: also hand the freed pages back, or they would still count as resident.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
