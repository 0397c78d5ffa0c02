namespace Dealgraph.Core.Ledger;

/// <summary>A round trip in the terms of the ledger file: ids, party names, times, first amount.</summary>
/// <param name="Transactions">Transaction ids t1 … tk.</param>
/// <param name="Parties">Payers of t1 … tk.</param>
/// <param name="Start">Time of t1 (UTC).</param>
/// <param name="End">Time of tk (UTC).</param>
/// <param name="Amount">Amount of t1.</param>
/// <param name="Currency">Currency of every hop.</param>
public sealed record RoundTripRecord(IReadOnlyList<string> Transactions, IReadOnlyList<string> Parties, DateTime Start, DateTime End, decimal Amount, string Currency)
{
    /// <summary>Describes a round trip found in a graph.</summary>
    public static RoundTripRecord From(TransactionGraph graph, RoundTrip trip)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(trip);
        var first = trip.Edges[0];
        var last = trip.Edges[^1];
        return new RoundTripRecord(
            [.. trip.Edges.Select(graph.IdOf)],
            [.. trip.PartiesIn(graph).Select(graph.Parties.NameOf)],
            new DateTime(graph.Ticks[first], DateTimeKind.Utc),
            new DateTime(graph.Ticks[last], DateTimeKind.Utc),
            graph.AmountOf(first),
            graph.CurrencyCodes.NameOf(graph.Currencies[first]));
    }
}
