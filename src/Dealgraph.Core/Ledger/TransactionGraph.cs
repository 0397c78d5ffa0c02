namespace Dealgraph.Core.Ledger;

/// <summary>
/// A ledger as a compressed sparse row (CSR) graph: the out-edges of party p are the edge indices
/// <c>Offsets[p] .. Offsets[p+1]-1</c>, sorted by (currency, amount bucket, time). Per edge it
/// keeps payee, UTC ticks, amount units, currency, sort key and the edge's row in the file:
/// 29 bytes, plus 8 bytes a row for ids unless they are consecutive integers in file order.
/// </summary>
/// <remarks>
/// Why the amount bucket: a round trip's later hops must lie within the tolerance band of its
/// first amount, so the search asks each party for "edges of this currency, amount in
/// [lo, hi], time in (t, t + window]". Grouping a party's edges into geometric amount buckets
/// (ratio <see cref="BucketRatio"/>), each sorted by time, answers that with a few binary
/// searches instead of scanning every edge in the window, which matters for hub parties.
/// </remarks>
public sealed class TransactionGraph
{
    /// <summary>Ratio between consecutive amount buckets.</summary>
    public const double BucketRatio = 1.05;

    private static readonly double InverseLogRatio = 1 / Math.Log(BucketRatio);
    private readonly IReadOnlyDictionary<int, decimal> _exoticAmounts;
    private readonly long[]? _idKeys;
    private readonly long _firstId;

    private TransactionGraph(TransactionColumns columns, int[] offsets, int[] rows, int[] keys, long[]? idKeys, long firstId)
    {
        Offsets = offsets;
        Rows = rows;
        Keys = keys;
        Payees = columns.Payees;
        Ticks = columns.Ticks;
        Units = columns.Units;
        Currencies = columns.Currencies;
        EdgeCount = rows.Length;
        Parties = columns.Parties;
        CurrencyCodes = columns.CurrencyCodes;
        Ids = columns.Ids;
        _idKeys = idKeys;
        _firstId = firstId;
        _exoticAmounts = columns.ExoticAmounts;
    }

    /// <summary>Number of transactions (edges).</summary>
    public int EdgeCount { get; }

    /// <summary>Number of parties (vertices).</summary>
    public int PartyCount => Offsets.Length - 1;

    /// <summary>Start of each party's out-edges; one more entry than parties.</summary>
    public int[] Offsets { get; }

    /// <summary>The 0-based data row of each edge, in file order.</summary>
    public int[] Rows { get; }

    /// <summary>Sort key per edge: currency &lt;&lt; 16 | amount bucket.</summary>
    public int[] Keys { get; }

    /// <summary>Payee per edge.</summary>
    public int[] Payees { get; }

    /// <summary>UTC ticks per edge.</summary>
    public long[] Ticks { get; }

    /// <summary>Amount units per edge (<see cref="LedgerAmount"/>).</summary>
    public long[] Units { get; }

    /// <summary>Currency id per edge.</summary>
    public byte[] Currencies { get; }

    /// <summary>Party names.</summary>
    public NameInterner Parties { get; }

    /// <summary>Currency codes.</summary>
    public NameInterner CurrencyCodes { get; }

    /// <summary>Transaction id texts.</summary>
    public TransactionIds Ids { get; }

    /// <summary>True when the ids are consecutive integers in file order, so no id is stored.</summary>
    public bool IdsAreRowNumbers => _idKeys is null;

    /// <summary>
    /// Builds the graph, taking over the columns' arrays (reordered, or dropped when no longer
    /// needed): the columns must not be used afterwards. Uses one thread per core.
    /// </summary>
    public static TransactionGraph Build(TransactionColumns columns) => Build(columns, Environment.ProcessorCount);

    /// <summary>
    /// Builds the graph on up to <paramref name="parallelism"/> threads; the result is the same
    /// for any number of threads.
    /// </summary>
    public static TransactionGraph Build(TransactionColumns columns, int parallelism) =>
        Build(columns, parallelism, RowBlocks.MinItemsPerBlock);

    /// <summary>As <see cref="Build(TransactionColumns, int)"/>; tests lower the rows a thread needs to get work.</summary>
    internal static TransactionGraph Build(TransactionColumns columns, int parallelism, int minRowsPerThread)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var n = columns.Count;
        var blocks = RowBlocks.CountFor(n, parallelism, minRowsPerThread);
        var payers = columns.Payers;
        var (offsets, order) = PayerSort.Sort(payers, n, columns.Parties.Count, blocks);
        columns.Payers = [];

        // The payer column is no longer needed: its memory holds the sort keys.
        var keys = payers;
        var currencies = columns.Currencies;
        var units = columns.Units;
        var exotic = columns.ExoticAmounts;
        RowBlocks.Run(n, blocks, (_, from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                keys[i] = KeyOf(currencies[i], units[i], exotic, i);
            }
        });

        // Each block of edges starts at a party boundary, so no party's edges are split.
        var ticks = columns.Ticks;
        var partyStarts = new int[blocks + 1];
        for (var b = 1; b < blocks; b++)
        {
            partyStarts[b] = Math.Max(partyStarts[b - 1], PartyAt(offsets, RowBlocks.Start(n, blocks, b)));
        }

        partyStarts[blocks] = offsets.Length - 1;
        RowBlocks.Run(blocks, blocks, (b, _, _) =>
        {
            var buffer = new EdgeSortEntry[256];
            for (var p = partyStarts[b]; p < partyStarts[b + 1]; p++)
            {
                SortEdges(order.AsSpan(offsets[p], offsets[p + 1] - offsets[p]), keys, ticks, ref buffer);
            }
        });

        // Gathering column by column (independent loads the CPU can overlap) is several times
        // faster than following permutation cycles in place; freeing each old column before the
        // next keeps the extra memory to one column.
        keys = Gather(keys, order, blocks);
        columns.Payees = Gather(columns.Payees, order, blocks);
        columns.Ticks = Gather(columns.Ticks, order, blocks);
        columns.Units = Gather(columns.Units, order, blocks);
        columns.Currencies = Gather(columns.Currencies, order, blocks);
        var idKeys = columns.IdKeys;
        var firstId = columns.FirstId;
        columns.IdKeys = null;
        TransactionColumns.ReleaseGarbage(n);
        return new TransactionGraph(columns, offsets, order, keys, idKeys, firstId);
    }

    /// <summary>The amount bucket of a number of units (monotone in units).</summary>
    public static int BucketOf(long units) =>
        units <= 0 ? 0 : 1 + (int)(Math.Log(units) * InverseLogRatio);

    /// <summary>The amount bucket of a decimal amount (approximate; searches widen by one bucket).</summary>
    public static int BucketOf(decimal amount)
    {
        // Everything below one unit shares bucket 0 with zero, as in BucketOf(long).
        var scaled = (double)amount * LedgerAmount.UnitsPerOne;
        return scaled < 1 ? 0 : Math.Min(0xFFFF, 1 + (int)(Math.Log(scaled) * InverseLogRatio));
    }

    /// <summary>The exact amount of an edge.</summary>
    public decimal AmountOf(int edge) =>
        Units[edge] == LedgerAmount.Exotic ? _exoticAmounts[Rows[edge]] : LedgerAmount.FromUnits(Units[edge]);

    /// <summary>The id of an edge's transaction as written in the ledger.</summary>
    public string IdOf(int edge) =>
        _idKeys is null
            ? (_firstId + Rows[edge]).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Ids.TextOf(_idKeys[Rows[edge]]);

    /// <summary>The payer of an edge (a binary search over <see cref="Offsets"/>).</summary>
    public int PayerOf(int edge) => PartyAt(Offsets, edge);

    /// <summary>Approximate bytes held by the per-edge and per-party arrays.</summary>
    public long ArrayBytes => (EdgeCount * 29L) + (_idKeys is null ? 0 : _idKeys.LongLength * 8) + (Offsets.Length * 4L) + Ids.TextBytes + Parties.Bytes;

    private static int KeyOf(byte currency, long units, IReadOnlyDictionary<int, decimal> exotic, int row) =>
        (currency << 16) | (units == LedgerAmount.Exotic ? BucketOf(exotic[row]) : BucketOf(units));

    private static int PartyAt(int[] offsets, int edge)
    {
        var index = Array.BinarySearch(offsets, edge);
        if (index < 0)
        {
            return ~index - 1;
        }

        // Several empty parties can share an offset: take the last, whose range is non-empty.
        while (index + 1 < offsets.Length && offsets[index + 1] == edge)
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// Sorts one party's rows by (key, time, row). Why copy them out first: each row's key and
    /// time are then loaded once, not at every comparison (the rows are scattered over the file).
    /// </summary>
    private static void SortEdges(Span<int> rows, int[] keys, long[] ticks, ref EdgeSortEntry[] buffer)
    {
        if (rows.Length < 2)
        {
            return;
        }

        if (buffer.Length < rows.Length)
        {
            buffer = new EdgeSortEntry[Math.Max(rows.Length, buffer.Length * 2)];
        }

        var entries = buffer.AsSpan(0, rows.Length);
        var sorted = true;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            entries[i] = new EdgeSortEntry(((long)keys[row] << 32) | (uint)row, ticks[row]);
            sorted &= i == 0 || entries[i - 1].CompareTo(entries[i]) <= 0;
        }

        if (sorted)
        {
            return;
        }

        entries.Sort();
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (int)entries[i].KeyAndRow;
        }
    }

    private static T[] Gather<T>(T[] source, int[] order, int blocks)
    {
        var target = GC.AllocateUninitializedArray<T>(order.Length);
        RowBlocks.Run(order.Length, blocks, (_, from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                target[i] = source[order[i]];
            }
        });

        TransactionColumns.ReleaseGarbage(order.Length);
        return target;
    }

    /// <summary>An edge as the build sorts it: key in the high half and row in the low half of one long, and its time.</summary>
    private readonly record struct EdgeSortEntry(long KeyAndRow, long Ticks) : IComparable<EdgeSortEntry>
    {
        public int CompareTo(EdgeSortEntry other)
        {
            var byKey = (KeyAndRow >> 32).CompareTo(other.KeyAndRow >> 32);
            if (byKey != 0)
            {
                return byKey;
            }

            var byTime = Ticks.CompareTo(other.Ticks);
            return byTime != 0 ? byTime : KeyAndRow.CompareTo(other.KeyAndRow);
        }
    }
}
