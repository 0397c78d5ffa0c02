using System.Text;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class TransactionColumnsJoinTests
{
    private static readonly byte[][] Currencies = [.. new[] { "USD", "EUR", "GBP" }.Select(Encoding.UTF8.GetBytes)];

    // 1.2 million rows among 400,000 parties: the columns and the parts' name tables are large
    // enough to be allocated for 2 MB pages, and most names occur in every part.
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Parts_joined_hold_the_same_rows_and_names_as_one_pass(int partCount)
    {
        const int Rows = 1_200_000;
        var random = new Random(partCount);
        var parties = Enumerable.Range(0, 400_000).Select(i => Encoding.UTF8.GetBytes($"P{i:D7}")).ToArray();
        var payers = new int[Rows];
        var payees = new int[Rows];
        for (var r = 0; r < Rows; r++)
        {
            payers[r] = random.Next(parties.Length);
            payees[r] = (payers[r] + 1 + random.Next(parties.Length - 1)) % parties.Length;
        }

        var id = new byte[16];
        void AddRow(TransactionColumns columns, int r)
        {
            (r + 1).TryFormat(id, out var length, provider: System.Globalization.CultureInfo.InvariantCulture);
            columns.Add(id.AsSpan(0, length), parties[payers[r]], parties[payees[r]], 10_000L * (r % 977), Currencies[r % 3], 638_000_000_000_000_000L + r);
        }

        var whole = new TransactionColumns();
        for (var r = 0; r < Rows; r++)
        {
            AddRow(whole, r);
        }

        // Each part gets room for more rows than it is given, as a reader's estimate does.
        var cuts = Enumerable.Range(0, partCount + 1).Select(i => Rows * i / partCount).ToArray();
        var split = TransactionColumns.Split([.. Enumerable.Range(0, partCount).Select(i => cuts[i + 1] - cuts[i] + 5_000)]);
        for (var i = 0; i < partCount; i++)
        {
            for (var r = cuts[i]; r < cuts[i + 1]; r++)
            {
                AddRow(split[i], r);
            }
        }

        var joined = TransactionColumns.Join(split);

        Assert.Equal(Rows, joined.Count);
        Assert.True(joined.Payers.AsSpan(0, Rows).SequenceEqual(whole.Payers.AsSpan(0, Rows)));
        Assert.True(joined.Payees.AsSpan(0, Rows).SequenceEqual(whole.Payees.AsSpan(0, Rows)));
        Assert.True(joined.Ticks.AsSpan(0, Rows).SequenceEqual(whole.Ticks.AsSpan(0, Rows)));
        Assert.True(joined.Units.AsSpan(0, Rows).SequenceEqual(whole.Units.AsSpan(0, Rows)));
        Assert.True(joined.Currencies.AsSpan(0, Rows).SequenceEqual(whole.Currencies.AsSpan(0, Rows)));
        Assert.Equal(whole.Parties.Count, joined.Parties.Count);
        Assert.Equal(-1, FirstDifferentName(joined.Parties, whole.Parties));
        Assert.Equal(whole.CurrencyCodes.Names, joined.CurrencyCodes.Names);
        Assert.Null(joined.IdKeys);
        Assert.Equal(1, joined.FirstId);
    }

    private static int FirstDifferentName(NameInterner a, NameInterner b)
    {
        for (var p = 0; p < a.Count; p++)
        {
            if (!a.BytesOf(p).SequenceEqual(b.BytesOf(p)))
            {
                return p;
            }
        }

        return -1;
    }
}
