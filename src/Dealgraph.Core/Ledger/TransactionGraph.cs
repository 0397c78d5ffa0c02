namespace Dealgraph.Core.Ledger;

/// <summary>
/// A ledger as a compressed sparse row (CSR) graph: the out-edges of party p are the edge indices
/// <c>Offsets[p] .. Offsets[p+1]-1</c>, sorted by (currency, amount bucket, time). Per edge it
/// keeps payee, UTC ticks, amount units, currency, id key and the sort key: 37 bytes.
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
    private readonly Dictionary<int, decimal> _exoticAmounts;

    private TransactionGraph(TransactionColumns columns, int[] offsets, int[] keys, Dictionary<int, decimal> exoticAmounts)
    {
        Offsets = offsets;
        Keys = keys;
        Payees = columns.Payees;
        Ticks = columns.Ticks;
        Units = columns.Units;
        Currencies = columns.Currencies;
        IdKeys = columns.IdKeys;
        EdgeCount = columns.Count;
        Parties = columns.Parties;
        CurrencyCodes = columns.CurrencyCodes;
        Ids = columns.Ids;
        _exoticAmounts = exoticAmounts;
    }

    /// <summary>Number of transactions (edges).</summary>
    public int EdgeCount { get; }

    /// <summary>Number of parties (vertices).</summary>
    public int PartyCount => Offsets.Length - 1;

    /// <summary>Start of each party's out-edges; one more entry than parties.</summary>
    public int[] Offsets { get; }

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

    /// <summary>Id key per edge (<see cref="Ids"/>).</summary>
    public long[] IdKeys { get; }

    /// <summary>Party names.</summary>
    public NameInterner Parties { get; }

    /// <summary>Currency codes.</summary>
    public NameInterner CurrencyCodes { get; }

    /// <summary>Transaction id texts.</summary>
    public TransactionIds Ids { get; }

    /// <summary>
    /// Builds the graph, taking over (and reordering in place) the columns' arrays: the columns
    /// must not be used afterwards.
    /// </summary>
    public static TransactionGraph Build(TransactionColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var n = columns.Count;
        var partyCount = columns.Parties.Count;
        var payers = columns.Payers;

        // Stable counting sort of rows by payer.
        var offsets = new int[partyCount + 1];
        for (var i = 0; i < n; i++)
        {
            offsets[payers[i] + 1]++;
        }

        for (var p = 0; p < partyCount; p++)
        {
            offsets[p + 1] += offsets[p];
        }

        var order = new int[n];
        var cursor = (int[])offsets.Clone();
        for (var i = 0; i < n; i++)
        {
            order[cursor[payers[i]]++] = i;
        }

        cursor = null;
        columns.ReleasePayers();

        var keys = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = KeyOf(columns.Currencies[i], columns.Units[i], columns.ExoticAmounts, i);
        }

        var comparer = new EdgeOrder(keys, columns.Ticks);
        for (var p = 0; p < partyCount; p++)
        {
            var segment = order.AsSpan(offsets[p], offsets[p + 1] - offsets[p]);
            if (!IsSorted(segment, comparer))
            {
                segment.Sort(comparer);
            }
        }

        var exotic = RemapExotic(columns.ExoticAmounts, order);
        ApplyInPlace(order, keys, columns);
        return new TransactionGraph(columns, offsets, keys, exotic);
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
        Units[edge] == LedgerAmount.Exotic ? _exoticAmounts[edge] : LedgerAmount.FromUnits(Units[edge]);

    /// <summary>The payer of an edge (a binary search over <see cref="Offsets"/>).</summary>
    public int PayerOf(int edge)
    {
        var index = Array.BinarySearch(Offsets, edge);
        if (index < 0)
        {
            return ~index - 1;
        }

        // Several empty parties can share an offset: take the last, whose range is non-empty.
        while (index + 1 < Offsets.Length && Offsets[index + 1] == edge)
        {
            index++;
        }

        return index;
    }

    /// <summary>Approximate bytes held by the per-edge and per-party arrays.</summary>
    public long ArrayBytes => (EdgeCount * 37L) + (Offsets.Length * 4L) + Ids.TextBytes;

    private static int KeyOf(byte currency, long units, IReadOnlyDictionary<int, decimal> exotic, int row) =>
        (currency << 16) | (units == LedgerAmount.Exotic ? BucketOf(exotic[row]) : BucketOf(units));

    private static bool IsSorted(Span<int> segment, EdgeOrder comparer)
    {
        for (var i = 1; i < segment.Length; i++)
        {
            if (comparer.Compare(segment[i - 1], segment[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<int, decimal> RemapExotic(IReadOnlyDictionary<int, decimal> byRow, int[] order)
    {
        var byEdge = new Dictionary<int, decimal>(byRow.Count);
        if (byRow.Count == 0)
        {
            return byEdge;
        }

        for (var edge = 0; edge < order.Length; edge++)
        {
            if (byRow.TryGetValue(order[edge], out var amount))
            {
                byEdge[edge] = amount;
            }
        }

        return byEdge;
    }

    // Moves row order[j] to position j in every column at once, following permutation cycles,
    // so no column is ever duplicated (that would cost 8 more bytes a row at peak).
    private static void ApplyInPlace(int[] order, int[] keys, TransactionColumns c)
    {
        var (ids, payees, ticks, units, currencies) = (c.IdKeys, c.Payees, c.Ticks, c.Units, c.Currencies);
        for (var start = 0; start < order.Length; start++)
        {
            if (order[start] < 0)
            {
                continue;
            }

            var (id, payee, tick, unit, currency, key) = (ids[start], payees[start], ticks[start], units[start], currencies[start], keys[start]);
            var j = start;
            while (true)
            {
                var k = order[j];
                order[j] = ~k;
                if (k == start)
                {
                    (ids[j], payees[j], ticks[j], units[j], currencies[j], keys[j]) = (id, payee, tick, unit, currency, key);
                    break;
                }

                (ids[j], payees[j], ticks[j], units[j], currencies[j], keys[j]) = (ids[k], payees[k], ticks[k], units[k], currencies[k], keys[k]);
                j = k;
            }
        }
    }

    private readonly struct EdgeOrder(int[] keys, long[] ticks) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byKey = keys[x].CompareTo(keys[y]);
            if (byKey != 0)
            {
                return byKey;
            }

            var byTime = ticks[x].CompareTo(ticks[y]);
            return byTime != 0 ? byTime : x.CompareTo(y);
        }
    }
}
