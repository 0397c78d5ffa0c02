namespace Dealgraph.Core.Ledger;

/// <summary>
/// The depth-first search of one worker thread: all round trips that start with a given edge.
/// Each step only looks at the current party's edges of the trip's currency, whose amount bucket
/// overlaps the tolerance band and whose time lies in (previous time, first time + window], so
/// the window and the tolerance prune as the search goes rather than after it.
/// </summary>
internal sealed class RoundTripSearch
{
    private const int ScanThreshold = 16;
    private readonly TransactionGraph _g;
    private readonly RoundTripQuery _query;
    private readonly long _windowTicks;
    private readonly bool[] _onPath;
    private readonly int[] _path;
    private int _start;
    private int _firstEdge;
    private long _end;
    private byte _currency;
    private int _keyLow;
    private int _keyHigh;
    private long _low;
    private long _high;
    private bool _exactOnly;
    private decimal _firstAmount;
    private List<RoundTrip> _sink = [];

    public RoundTripSearch(TransactionGraph graph, RoundTripQuery query)
    {
        _g = graph;
        _query = query;
        _windowTicks = query.Window.Ticks;
        _onPath = new bool[graph.PartyCount];
        _path = new int[query.MaxHops];
    }

    /// <summary>Appends to <paramref name="sink"/> every round trip whose first transaction is <paramref name="edge"/>.</summary>
    public void FromEdge(int startParty, int edge, List<RoundTrip> sink)
    {
        _sink = sink;
        _start = startParty;
        _firstEdge = edge;
        _end = _g.Ticks[edge] > long.MaxValue - _windowTicks ? long.MaxValue : _g.Ticks[edge] + _windowTicks;
        _currency = _g.Currencies[edge];
        SetBand(edge);
        _path[0] = edge;
        var next = _g.Payees[edge];
        _onPath[startParty] = true;
        _onPath[next] = true;
        Extend(next, _g.Ticks[edge], 1);
        _onPath[next] = false;
        _onPath[startParty] = false;
    }

    private void SetBand(int edge)
    {
        var units = _g.Units[edge];
        int bucketLow, bucketHigh;
        if (units == LedgerAmount.Exotic)
        {
            _exactOnly = true;
            _firstAmount = _g.AmountOf(edge);
            var first = (double)_firstAmount;
            var tolerance = (double)_query.Tolerance;
            bucketLow = TransactionGraph.BucketOf((decimal)Math.Max(0, first * (1 - tolerance) * 0.999));
            bucketHigh = TransactionGraph.BucketOf((decimal)Math.Min((double)decimal.MaxValue / 2, first * (1 + tolerance) * 1.001));
        }
        else
        {
            _exactOnly = false;
            // |u − m| ≤ tol × m  ⇔  m − ⌊tol × m⌋ ≤ u ≤ m + ⌊tol × m⌋ for integer u: exact.
            var slack = (Int128)units * _query.ToleranceNumerator / _query.ToleranceScale;
            _low = (long)Int128.Max(0, units - slack);
            _high = (long)Int128.Min(long.MaxValue - 1, units + slack);
            bucketLow = TransactionGraph.BucketOf(_low);
            bucketHigh = TransactionGraph.BucketOf(_high);
        }

        // One bucket of margin on each side: exotic amounts are bucketed through doubles.
        _keyLow = (_currency << 16) | Math.Max(0, bucketLow - 1);
        _keyHigh = (_currency << 16) | Math.Min(0xFFFF, bucketHigh + 1);
    }

    private bool InBand(int edge)
    {
        var units = _g.Units[edge];
        if (!_exactOnly && units != LedgerAmount.Exotic)
        {
            return units >= _low && units <= _high;
        }

        var first = _exactOnly ? _firstAmount : _g.AmountOf(_firstEdge);
        return LedgerAmount.WithinTolerance(_g.AmountOf(edge), first, _query.Tolerance);
    }

    private void Extend(int party, long after, int depth)
    {
        var from = _g.Offsets[party];
        var to = _g.Offsets[party + 1];
        if (to - from <= ScanThreshold)
        {
            for (var e = from; e < to; e++)
            {
                var key = _g.Keys[e];
                var t = _g.Ticks[e];
                if (key >= _keyLow && key <= _keyHigh && t > after && t <= _end)
                {
                    Step(e, depth);
                }
            }

            return;
        }

        var position = LowerBound(_g.Keys, from, to, _keyLow);
        while (position < to && _g.Keys[position] <= _keyHigh)
        {
            var runEnd = LowerBound(_g.Keys, position, to, _g.Keys[position] + 1);
            for (var e = FirstAfter(_g.Ticks, position, runEnd, after); e < runEnd && _g.Ticks[e] <= _end; e++)
            {
                Step(e, depth);
            }

            position = runEnd;
        }
    }

    private void Step(int edge, int depth)
    {
        if (!InBand(edge))
        {
            return;
        }

        var next = _g.Payees[edge];
        if (next == _start)
        {
            _path[depth] = edge;
            _sink.Add(new RoundTrip(_path.AsSpan(0, depth + 1).ToArray()));
            return;
        }

        if (depth + 1 >= _query.MaxHops || _onPath[next])
        {
            return;
        }

        _path[depth] = edge;
        _onPath[next] = true;
        Extend(next, _g.Ticks[edge], depth + 1);
        _onPath[next] = false;
    }

    private static int LowerBound(int[] keys, int from, int to, int key)
    {
        while (from < to)
        {
            var mid = (int)((uint)(from + to) >> 1);
            if (keys[mid] < key)
            {
                from = mid + 1;
            }
            else
            {
                to = mid;
            }
        }

        return from;
    }

    private static int FirstAfter(long[] ticks, int from, int to, long after)
    {
        while (from < to)
        {
            var mid = (int)((uint)(from + to) >> 1);
            if (ticks[mid] <= after)
            {
                from = mid + 1;
            }
            else
            {
                to = mid;
            }
        }

        return from;
    }
}
