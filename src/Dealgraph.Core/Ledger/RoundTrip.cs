namespace Dealgraph.Core.Ledger;

/// <summary>
/// One round trip found in a <see cref="TransactionGraph"/>: the edge indices t1 … tk in time
/// order. The parties are the payer of t1 followed by the payees of t1 … t(k−1).
/// </summary>
/// <param name="Edges">Edge indices into the graph, in the order of the trip.</param>
public sealed record RoundTrip(int[] Edges)
{
    /// <summary>Number of transactions.</summary>
    public int Hops => Edges.Length;

    /// <summary>The payer parties, in order (ids into <see cref="TransactionGraph.Parties"/>).</summary>
    public int[] PartiesIn(TransactionGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var parties = new int[Edges.Length];
        parties[0] = graph.PayerOf(Edges[0]);
        for (var i = 1; i < Edges.Length; i++)
        {
            parties[i] = graph.Payees[Edges[i - 1]];
        }

        return parties;
    }
}
