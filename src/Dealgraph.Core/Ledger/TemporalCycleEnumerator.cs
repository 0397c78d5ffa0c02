using System.Runtime.ExceptionServices;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// Enumerates every round trip of a <see cref="TransactionGraph"/> (see docs/ledger.md for the
/// definition), each once, starting at its first transaction. Start edges are cut into chunks
/// that worker threads take in turn (fine-grained, so a hub's expensive chunk does not stall
/// the others); results come back in chunk order, so the output is the same for any number of
/// threads, and a consumer that stops early (a limit) stops the workers.
/// </summary>
public sealed class TemporalCycleEnumerator
{
    private const int ChunkSize = 1024;
    private const int MaxChunksAhead = 256;
    private readonly TransactionGraph _graph;
    private readonly RoundTripQuery _query;
    private long _startEdgesDone;
    private long _found;

    /// <summary>Creates an enumerator over a graph for a query.</summary>
    public TemporalCycleEnumerator(TransactionGraph graph, RoundTripQuery query)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _query = query ?? throw new ArgumentNullException(nameof(query));
    }

    /// <summary>Start edges searched so far (for progress display; any thread may read it).</summary>
    public long StartEdgesDone => Interlocked.Read(ref _startEdgesDone);

    /// <summary>Round trips found so far by the workers.</summary>
    public long Found => Interlocked.Read(ref _found);

    /// <summary>All round trips, in a deterministic order (by start edge in graph order).</summary>
    public IEnumerable<RoundTrip> Enumerate(CancellationToken cancellation = default)
    {
        var chunkCount = (_graph.EdgeCount + ChunkSize - 1) / ChunkSize;
        var results = new List<RoundTrip>?[chunkCount];
        var gate = new object();
        var nextChunk = -1;
        var consumed = 0;
        var stop = false;
        ExceptionDispatchInfo? failure = null;

        void Work()
        {
            try
            {
                var search = new RoundTripSearch(_graph, _query);
                while (true)
                {
                    var chunk = Interlocked.Increment(ref nextChunk);
                    if (chunk >= chunkCount)
                    {
                        return;
                    }

                    lock (gate)
                    {
                        while (!stop && chunk - consumed > MaxChunksAhead)
                        {
                            Monitor.Wait(gate);
                        }

                        if (stop)
                        {
                            return;
                        }
                    }

                    var found = SearchChunk(search, chunk, cancellation);
                    lock (gate)
                    {
                        results[chunk] = found;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception ex)
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(ex);
                    stop = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, _query.Parallelism))
            .Select(_ => new Thread(Work) { IsBackground = true, Name = "round-trip search" })
            .ToList();
        workers.ForEach(w => w.Start());
        try
        {
            for (var chunk = 0; chunk < chunkCount; chunk++)
            {
                List<RoundTrip> found;
                lock (gate)
                {
                    while (results[chunk] is null && failure is null)
                    {
                        Monitor.Wait(gate);
                    }

                    failure?.Throw();
                    found = results[chunk]!;
                    results[chunk] = null;
                    consumed = chunk + 1;
                    Monitor.PulseAll(gate);
                }

                foreach (var trip in found)
                {
                    yield return trip;
                }
            }
        }
        finally
        {
            lock (gate)
            {
                stop = true;
                Monitor.PulseAll(gate);
            }

            workers.ForEach(w => w.Join());
        }
    }

    /// <summary>The round trips that start with one edge, searched on the calling thread.</summary>
    public IReadOnlyList<RoundTrip> FromEdge(int edge)
    {
        var sink = new List<RoundTrip>();
        new RoundTripSearch(_graph, _query).FromEdge(_graph.PayerOf(edge), edge, sink);
        return sink;
    }

    private List<RoundTrip> SearchChunk(RoundTripSearch search, int chunk, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var first = chunk * ChunkSize;
        var last = Math.Min(_graph.EdgeCount, first + ChunkSize);
        var found = new List<RoundTrip>();
        var party = _graph.PayerOf(first);
        for (var edge = first; edge < last; edge++)
        {
            while (_graph.Offsets[party + 1] <= edge)
            {
                party++;
            }

            search.FromEdge(party, edge, found);
        }

        Interlocked.Add(ref _startEdgesDone, last - first);
        Interlocked.Add(ref _found, found.Count);
        return found;
    }
}
