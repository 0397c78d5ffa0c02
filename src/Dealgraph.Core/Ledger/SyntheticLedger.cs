using System.Globalization;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// A reproducible synthetic ledger: background payments between parties whose activity follows
/// a Zipf law (a few hubs, a long tail), log-normal amounts in cents (a quarter of them round
/// hundreds), three currencies, times spread over <see cref="SyntheticLedgerOptions.Span"/> in
/// order; plus planted round trips of 2–6 hops whose amounts shrink by small fees and whose
/// hops lie within <see cref="SyntheticLedgerOptions.PlantedWindow"/>.
/// </summary>
public sealed class SyntheticLedger
{
    /// <summary>Currency codes used, with weights 70 / 20 / 10 %.</summary>
    public static readonly IReadOnlyList<string> Currencies = ["USD", "EUR", "GBP"];

    private readonly SyntheticLedgerOptions _options;
    private readonly List<PlantedRoundTrip> _planted = [];
    private readonly int _nameWidth;

    /// <summary>Creates a generator; nothing is generated until <see cref="Rows"/> is enumerated.</summary>
    public SyntheticLedger(SyntheticLedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _nameWidth = Math.Max(6, options.Parties.ToString(CultureInfo.InvariantCulture).Length);
    }

    /// <summary>The planted round trips, with their final ids (complete once <see cref="Rows"/> has been enumerated).</summary>
    public IReadOnlyList<PlantedRoundTrip> Planted => _planted;

    /// <summary>The name of a party index, e.g. <c>P000042</c>.</summary>
    public string PartyName(int party) => "P" + party.ToString(CultureInfo.InvariantCulture).PadLeft(_nameWidth, '0');

    /// <summary>All rows in time order, planted ones merged in.</summary>
    public IEnumerable<SyntheticTransaction> Rows()
    {
        _planted.Clear();
        var random = new Random(_options.Seed);
        var plantedRows = PlantRows(random, out var plans);
        var background = _options.Transactions - plantedRows.Count;
        var sampler = new ZipfSampler(_options.Parties, _options.Skew, random);
        var startTicks = _options.Start.Ticks;
        var spanSeconds = (long)_options.Span.TotalSeconds;
        var nextPlanted = 0;
        long id = 0;
        for (var i = 0; i < background; i++)
        {
            var second = (long)((i + random.NextDouble()) / background * spanSeconds);
            var ticks = startTicks + (second * TimeSpan.TicksPerSecond);
            while (nextPlanted < plantedRows.Count && plantedRows[nextPlanted].Row.Ticks < ticks)
            {
                yield return Emit(plantedRows[nextPlanted++], ++id, plans);
            }

            var payer = sampler.Next();
            var payee = sampler.Next();
            while (payee == payer)
            {
                payee = sampler.Next();
            }

            yield return new SyntheticTransaction(++id, payer, payee, Amount(random), CurrencyOf(random), ticks);
        }

        while (nextPlanted < plantedRows.Count)
        {
            yield return Emit(plantedRows[nextPlanted++], ++id, plans);
        }

        _planted.AddRange(plans.Select(p => p with { }));
    }

    private static SyntheticTransaction Emit((SyntheticTransaction Row, int Plan, int Hop) planted, long id, List<PlantedRoundTrip> plans)
    {
        plans[planted.Plan].Ids[planted.Hop] = id;
        return planted.Row with { Id = id };
    }

    private List<(SyntheticTransaction Row, int Plan, int Hop)> PlantRows(Random random, out List<PlantedRoundTrip> plans)
    {
        plans = [];
        var rows = new List<(SyntheticTransaction Row, int Plan, int Hop)>();
        var windowSeconds = (long)_options.PlantedWindow.TotalSeconds;
        var latestStart = (long)(_options.Span - _options.PlantedWindow).TotalSeconds;
        for (var plan = 0; plan < _options.Planted; plan++)
        {
            var hops = random.Next(2, 7);
            var parties = DistinctParties(random, hops);
            var currency = CurrencyOf(random);
            var t0 = _options.Start.Ticks + (random.NextInt64(latestStart) * TimeSpan.TicksPerSecond);
            var offsets = DistinctOffsets(random, hops, windowSeconds);
            var cents = new long[hops];
            cents[0] = Math.Max(10_000, Amount(random));
            for (var h = 1; h < hops; h++)
            {
                // Fees of up to 1 % a hop: five hops stay within 5 % of the first amount.
                var fee = (decimal)random.NextDouble() * 0.01m;
                cents[h] = (long)decimal.Floor(cents[h - 1] * (1 - fee));
            }

            var ticks = offsets.Select(o => t0 + (o * TimeSpan.TicksPerSecond)).ToArray();
            plans.Add(new PlantedRoundTrip(new long[hops], parties, cents, currency, ticks));
            for (var h = 0; h < hops; h++)
            {
                var row = new SyntheticTransaction(0, parties[h], parties[(h + 1) % hops], cents[h], currency, ticks[h]);
                rows.Add((row, plan, h));
            }
        }

        rows.Sort((a, b) => a.Row.Ticks != b.Row.Ticks ? a.Row.Ticks.CompareTo(b.Row.Ticks) : (a.Plan, a.Hop).CompareTo((b.Plan, b.Hop)));
        return rows;
    }

    private int[] DistinctParties(Random random, int count)
    {
        var parties = new HashSet<int>();
        while (parties.Count < count)
        {
            parties.Add(random.Next(_options.Parties));
        }

        return [.. parties];
    }

    private static long[] DistinctOffsets(Random random, int count, long windowSeconds)
    {
        var offsets = new SortedSet<long> { 0 };
        var span = Math.Max(count * 60, (long)(random.NextDouble() * windowSeconds));
        while (offsets.Count < count)
        {
            offsets.Add(1 + random.NextInt64(span));
        }

        return [.. offsets];
    }

    private static long Amount(Random random)
    {
        // Log-normal around 2,500 with a heavy right tail; a quarter are round hundreds.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var amount = Math.Min(1e9, Math.Exp(Math.Log(2500) + (1.2 * normal)));
        return random.NextDouble() < 0.25
            ? Math.Max(1, (long)Math.Round(amount / 100)) * 10_000
            : Math.Max(1, (long)Math.Round(amount * 100));
    }

    private static int CurrencyOf(Random random)
    {
        var x = random.NextDouble();
        return x < 0.7 ? 0 : x < 0.9 ? 1 : 2;
    }
}
