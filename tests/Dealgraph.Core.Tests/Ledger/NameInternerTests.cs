using System.Text;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class NameInternerTests
{
    private static byte[][] Names(string prefix, int from, int to, int seed)
    {
        var names = Enumerable.Range(from, to - from).Select(i => Encoding.UTF8.GetBytes($"{prefix}{i}")).ToArray();
        new Random(seed).Shuffle(names);
        return names;
    }

    // Names of up to 8 bytes are matched by their table slot alone, longer ones (here all with the
    // same first 8 bytes) also by their bytes; 300,000 names grow the table past 8 MB, the size
    // from which it is allocated for 2 MB pages.
    [Theory]
    [InlineData(1_000, "P")]
    [InlineData(300_000, "P")]
    [InlineData(300_000, "party-with-a-long-shared-prefix-")]
    public void Names_get_dense_ids_in_order_of_first_sight_as_the_table_grows(int count, string prefix)
    {
        var names = Names(prefix, 0, count, seed: count);
        var interner = new NameInterner();
        var ids = names.Select(n => interner.Intern(n)).ToArray();

        Assert.Equal(Enumerable.Range(0, count), ids);
        Assert.Equal(count, interner.Count);
        var pairs = Enumerable.Range(0, count / 2).Select(i => interner.Intern(names[2 * i], names[(2 * i) + 1])).ToArray();
        Assert.Equal(Enumerable.Range(0, count / 2).Select(i => (2 * i, (2 * i) + 1)), pairs);

        Assert.DoesNotContain(Enumerable.Range(0, count), i => !interner.BytesOf(i).SequenceEqual(names[i]));
        Assert.Equal(count - 1, interner.Find(Encoding.UTF8.GetString(names[^1])));
        Assert.Equal(-1, interner.Find(prefix + "missing"));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("party-with-a-long-shared-prefix-")]
    public void Interning_all_of_another_table_finds_known_names_and_adds_new_ones_in_its_order(string prefix)
    {
        var target = new NameInterner();
        foreach (var name in Names(prefix, 0, 200_000, seed: 1))
        {
            target.Intern(name);
        }

        var source = new NameInterner();
        foreach (var name in Names(prefix, 100_000, 400_000, seed: 2))
        {
            source.Intern(name);
        }

        var map = target.InternAll(source);

        Assert.Equal(source.Count, map.Length);
        Assert.Equal(400_000, target.Count);
        Assert.DoesNotContain(Enumerable.Range(0, source.Count), id => !target.BytesOf(map[id]).SequenceEqual(source.BytesOf(id)));
        var added = map.Where(id => id >= 200_000).ToArray();
        Assert.Equal(Enumerable.Range(200_000, 200_000), added);
    }
}
