using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>The vector loops of the clearing against plain ones, on lengths around the vector width.</summary>
public sealed class PartySumsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(17)]
    [InlineData(1_001)]
    public void Largest_and_headroom_match_plain_loops(int length)
    {
        var random = new Random(length);
        double[] Values() => [.. Enumerable.Range(0, length).Select(_ => (random.NextDouble() - 0.7) * 1e9)];
        var (assets, receivable, owed) = (Values(), Values(), Values());
        var headroom = new double[length];

        PartySums.Headroom(assets, receivable, owed, headroom);

        Assert.Equal(assets.Max(), PartySums.Largest(assets));
        Assert.Equal(Enumerable.Range(0, length).Select(i => assets[i] + (receivable[i] - owed[i])), headroom);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(17)]
    [InlineData(1_001)]
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

    [Fact]
    public void Largest_of_nothing_is_negative_infinity()
    {
        Assert.Equal(double.NegativeInfinity, PartySums.Largest([]));
    }
}
