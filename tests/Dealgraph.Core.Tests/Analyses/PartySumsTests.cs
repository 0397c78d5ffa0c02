using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>The vector loops of the clearing against plain ones, on lengths around the vector width.</summary>
public sealed class PartySumsTests
{
    public static TheoryData<int> LengthsAroundTheVectorWidth => [1, 3, 8, 17, 1_001];

    [Theory]
    [MemberData(nameof(LengthsAroundTheVectorWidth))]
    public void Largest_and_headroom_match_plain_loops(int length)
    {
        var random = new Random(length);
        double[] Values() => [.. Enumerable.Range(0, length).Select(_ => (random.NextDouble() - 0.7) * 1e9)];
        var (assets, receivable, owed) = (Values(), Values(), Values());
        var headroom = new double[length];

        PartySums.Headroom(assets, receivable, owed, 1e-12, headroom);

        Assert.Equal(assets.Max(), PartySums.Largest(assets));
        Assert.Equal(Enumerable.Range(0, length).Select(i => assets[i] + (receivable[i] - owed[i]) + (1e-12 * (assets[i] + receivable[i] + owed[i]))), headroom);
    }

    [Theory]
    [MemberData(nameof(LengthsAroundTheVectorWidth))]
    public void FirstBelow_finds_every_value_below_the_limit_in_order(int length)
    {
        var random = new Random(length);
        double[] values = [.. Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.05 ? -random.NextDouble() : random.NextDouble())];
        values[^1] = -1; // one in the scalar tail whatever the vector width

        var found = new List<int>();
        for (var i = PartySums.FirstBelow(values, -1e-9, 0); i >= 0; i = PartySums.FirstBelow(values, -1e-9, i + 1))
        {
            found.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, length).Where(i => values[i] < -1e-9), found);
        Assert.Equal(-1, PartySums.FirstBelow(values, -2, 0));
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(10, 1)]
    [InlineData(1_000, 50_000)]
    public void Owed_and_receivable_are_the_sums_of_a_plain_loop(int parties, int liabilities)
    {
        var random = new Random(liabilities);
        int[] debtor = [.. Enumerable.Range(0, liabilities).Select(_ => random.Next(parties))];
        int[] creditor = [.. Enumerable.Range(0, liabilities).Select(_ => random.Next(parties))];
        double[] amount = [.. Enumerable.Range(0, liabilities).Select(_ => random.NextDouble() * 1e6)];
        var (owed, receivable) = (new double[parties], new double[parties]);
        var (plainOwed, plainReceivable) = (new double[parties], new double[parties]);
        for (var k = 0; k < liabilities; k++)
        {
            plainOwed[debtor[k]] += amount[k];
            plainReceivable[creditor[k]] += amount[k];
        }

        PartySums.Add(debtor, creditor, amount, owed, receivable);

        Assert.Equal(plainOwed, owed);
        Assert.Equal(plainReceivable, receivable);
    }

    [Fact]
    public void A_creditor_outside_the_network_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartySums.Add([0, 1], [1, 2], [1.0, 2.0], new double[2], new double[2]));
    }

    [Fact]
    public void Largest_of_nothing_is_negative_infinity()
    {
        Assert.Equal(double.NegativeInfinity, PartySums.Largest([]));
    }
}
