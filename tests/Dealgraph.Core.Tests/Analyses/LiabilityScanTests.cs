using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>The collecting scan, eight debtors at a time where the CPU allows, against a plain loop.</summary>
public sealed class LiabilityScanTests
{
    [Theory]
    [InlineData(1_000, 0, 0.0)]
    [InlineData(1_000, 13, 0.03)]
    [InlineData(100_000, 100_007, 0.03)]
    [InlineData(70, 1_003, 0.5)]
    [InlineData(64, 4_096, 1.0)]
    public void Vectorized_and_scalar_scans_find_the_same_liabilities_in_order(int parties, int liabilities, double marked)
    {
        var random = new Random(parties + liabilities);
        var debtor = Enumerable.Range(0, liabilities).Select(_ => random.Next(parties)).ToArray();
        using var set = new PartyBitSet(parties);
        for (var i = 0; i < parties; i++)
        {
            if (random.NextDouble() < marked)
            {
                set.Add(i);
            }
        }
        var expected = Enumerable.Range(0, liabilities).Where(k => set.Contains(debtor[k])).Select(k => 500 + k).ToArray();

        foreach (var vectorized in new[] { true, false })
        {
            var found = new int[liabilities + 8];
            var count = LiabilityScan.Collect(debtor, 500, set, found, vectorized);
            Assert.Equal(expected, found[..count]);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100)]
    public void A_debtor_outside_the_network_is_refused_by_both_scans(int bad)
    {
        var debtor = Enumerable.Range(0, 40).Select(k => k % 100).ToArray();
        debtor[17] = bad;
        using var set = new PartyBitSet(100);
        set.Add(3);

        foreach (var vectorized in new[] { true, false })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => LiabilityScan.Collect(debtor, 0, set, new int[48], vectorized));
        }
    }
}
