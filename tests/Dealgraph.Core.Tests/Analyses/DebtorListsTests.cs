using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>The per-debtor lists find exactly each defaulted debtor's liabilities, however the liabilities are cut into shares.</summary>
public sealed class DebtorListsTests
{
    [Theory]
    [InlineData(50, 2_000, 1, 7)]
    [InlineData(50, 2_000, 3, 7)]
    [InlineData(1_000, 20_000, 2, 40)]
    [InlineData(10, 5, 4, 3)]
    public void Collect_finds_every_liability_of_the_parties_that_defaulted_since_and_no_other(int parties, int liabilities, int shares, int defaulted)
    {
        var random = new Random(parties * 31 + shares);
        var debtor = Enumerable.Range(0, liabilities).Select(_ => random.Next(parties)).ToArray();
        var creditor = Enumerable.Range(0, liabilities).Select(_ => random.Next(parties)).ToArray();
        var amount = Enumerable.Range(0, liabilities).Select(_ => 1.0 + random.Next(1000)).ToArray();
        var owed = new double[parties];
        for (var k = 0; k < liabilities; k++)
        {
            owed[debtor[k]] += amount[k];
        }
        using var lists = new DebtorLists(parties, liabilities, shares);
        for (var t = 0; t < shares; t++)
        {
            var (start, end) = (liabilities * t / shares, liabilities * (t + 1) / shares);
            lists.Thread(t, debtor.AsSpan(start, end - start), start);
        }
        using var block = new DefaultedBlock(parties);
        var order = Enumerable.Range(0, parties).OrderBy(_ => random.Next()).Take(defaulted).ToArray();
        foreach (var party in order[..(defaulted / 2)])
        {
            block.Add(party, 0, 0, 0, owed[party]);
        }
        var earlier = block.Count;
        foreach (var party in order[(defaulted / 2)..])
        {
            block.Add(party, 0, 0, 0, owed[party]);
        }
        using var found = new LiabilityList(16);

        lists.Collect(block, earlier, block.Count, creditor, amount, owed, found);

        var expected = Enumerable.Range(0, liabilities).Where(k => order[(defaulted / 2)..].Contains(debtor[k]))
            .Select(k => (block.LocalOf(debtor[k]), creditor[k], amount[k] / owed[debtor[k]])).Order().ToArray();
        var actual = Enumerable.Range(0, found.Count).Select(k => (found.Debtor[k], found.Creditor[k], found.Weight[k])).Order().ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_debtor_outside_the_network_is_refused()
    {
        using var lists = new DebtorLists(10, 3, 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => lists.Thread(0, new[] { 1, 10, 2 }, 0));
    }
}
