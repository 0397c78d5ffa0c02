using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class TransactionGraphBuildTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Graph_built_on_several_threads_is_the_graph_built_on_one(int threads)
    {
        // Skewed activity (hubs whose edges straddle the thread blocks), three currencies, many
        // equal keys and times: every tie-break of the edge order is exercised.
        var rows = LedgerRow.From(new SyntheticLedger(new SyntheticLedgerOptions(300, 20_000, 40, 7)));
        var single = Build(rows, 1);
        var several = Build(rows, threads);

        Assert.Equal(single.Offsets, several.Offsets);
        Assert.Equal(single.Rows, several.Rows);
        Assert.Equal(single.Keys, several.Keys);
        Assert.Equal(single.Payees, several.Payees);
        Assert.Equal(single.Ticks, several.Ticks);
        Assert.Equal(single.Units, several.Units);
        Assert.Equal(single.Currencies, several.Currencies);
    }

    [Fact]
    public void Edges_of_each_party_are_its_transactions_in_key_then_time_then_file_order()
    {
        var rows = LedgerRow.From(new SyntheticLedger(new SyntheticLedgerOptions(200, 10_000, 20, 8)));
        var graph = Build(rows, 4);

        for (var party = 0; party < graph.PartyCount; party++)
        {
            var edges = Enumerable.Range(graph.Offsets[party], graph.Offsets[party + 1] - graph.Offsets[party]).ToList();
            var expected = rows.Select((r, i) => (Row: r, Index: i))
                .Where(x => x.Row.Payer == graph.Parties.NameOf(party))
                .Select(x => x.Index)
                .ToList();
            Assert.Equal(expected.Order(), edges.Select(e => graph.Rows[e]).Order());
            for (var i = 1; i < edges.Count; i++)
            {
                var (a, b) = (edges[i - 1], edges[i]);
                var ordered = graph.Keys[a] < graph.Keys[b]
                    || (graph.Keys[a] == graph.Keys[b] && (graph.Ticks[a] < graph.Ticks[b]
                        || (graph.Ticks[a] == graph.Ticks[b] && graph.Rows[a] < graph.Rows[b])));
                Assert.True(ordered, $"party {party}: edge {a} before {b}");
            }
        }
    }

    private static TransactionGraph Build(List<LedgerRow> rows, int threads)
    {
        var columns = new TransactionColumns(16);
        foreach (var r in rows)
        {
            columns.Add(r.Id, r.Payer, r.Payee, r.Amount, r.Currency, r.Ticks);
        }

        // A few hundred rows a thread, so these small ledgers really are cut into blocks.
        return TransactionGraph.Build(columns, threads, minRowsPerThread: 100);
    }
}
