using System.Globalization;
using Dealgraph.Core.Analyses;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Queries;

/// <summary>The <c>loops</c> and <c>stress</c> queries, shared by the CLI and the HTTP API.</summary>
public static class AnalysisQueries
{
    /// <summary>The currency an analysis reports in: the one asked for, else the data's only currency, else USD.</summary>
    public static Currency ReportingCurrency(string? code, IEnumerable<Currency?> seen, string field)
    {
        if (code is not null)
        {
            return Currency.TryParse(code, out var c) ? c : throw new InputException($"'{code}' is not an ISO 4217 currency code", field: field);
        }
        var currencies = seen.OfType<Currency>().Distinct().ToList();
        return currencies.Count == 1 ? currencies[0] : Currency.Usd;
    }

    /// <summary>The <c>loops</c> answer.</summary>
    public static LoopsReport Loops(Ledger ledger, string? party, string? basisWord, string? currencyCode, bool includeCancelled, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(fields);
        var word = basisWord ?? "headline";
        if (!Vocabulary<AmountBasis>.TryParse(word, out var basis))
        {
            throw new InputException($"'{word}' is not one of: {string.Join(", ", Vocabulary<AmountBasis>.Words)}", field: fields.Basis);
        }
        if (party is not null && ledger.Dataset.FindParty(party) is null)
        {
            throw new InputException($"unknown party id '{party}'", field: fields.Party);
        }
        var currency = ReportingCurrency(currencyCode, ledger.States.Select(s => s.Currency), fields.Currency);
        try
        {
            return LoopAnalysis.Run(ledger.States, ledger.AsOf, basis, currency, CurrencyConverter.KnownOn(ledger.Dataset, ledger.AsOf),
                party, includeCancelled);
        }
        catch (CurrencyMismatchException e)
        {
            throw MissingRate.Error(e, fields.Currency);
        }
    }

    /// <summary>The clearing network of the ledger's deals (binding amounts, cash facts).</summary>
    public static (StressInput Input, Currency Currency) StressInput(Ledger ledger, StressOptions options, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fields);
        // A mistyped id is not the same answer as a party with nothing owed either way.
        foreach (var (party, field) in options.Fails.Select(p => (p, fields.Fails))
            .Concat((options.Shocks ?? []).Select(s => (s.Split('=')[0], fields.Shock))))
        {
            if (party.Length > 0 && ledger.Dataset.FindParty(party) is null)
            {
                throw new InputException($"unknown party id '{party}'", field: field);
            }
        }
        var unknownCash = UnknownCashOf(options, fields);
        var currency = ReportingCurrency(options.Currency, ledger.States.Select(s => s.Currency), fields.Currency);
        try
        {
            return (StressAnalysis.Build(ledger.Dataset, ledger.States, ledger.AsOf, currency,
                CurrencyConverter.KnownOn(ledger.Dataset, ledger.AsOf), unknownCash), currency);
        }
        catch (CurrencyMismatchException e)
        {
            throw MissingRate.Error(e, fields.Currency);
        }
    }

    /// <summary>
    /// A network read from CSV files: parties the assets file does not list get what
    /// <see cref="StressOptions.UnknownCash"/> says (as parties without a cash fact do) and are
    /// named in <see cref="Analyses.StressInput.AssumedAssets"/>.
    /// </summary>
    public static StressInput CsvInput(ClearingNetwork network, IReadOnlyList<int> withoutAssets, StressOptions options, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(withoutAssets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fields);
        if (withoutAssets.Count == 0)
        {
            return new StressInput(network, [], []);
        }
        var assets = (decimal[])network.Assets.Clone();
        if (UnknownCashOf(options, fields) == UnknownCash.Owed)
        {
            var owed = network.Owed();
            foreach (var i in withoutAssets)
            {
                assets[i] = owed[i];
            }
        }
        return new StressInput(new ClearingNetwork(network.Parties, network.Debtor, network.Creditor, network.Amount, assets), [],
            [.. withoutAssets.Select(i => network.Parties[i])]);
    }

    /// <summary>The <c>stress</c> answer on the ledger's deals.</summary>
    public static StressReport Stress(Ledger ledger, StressOptions options, QueryFields fields)
    {
        var (input, currency) = StressInput(ledger, options, fields);
        return Clear(input, ledger.AsOf, currency, options, fields);
    }

    /// <summary>Clears a network under the scenario (the CLI also feeds it networks read from CSV).</summary>
    public static StressReport Clear(StressInput input, DateOnly? asOf, Currency currency, StressOptions options, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fields);
        UnknownCashOf(options, fields);
        Share(options.Recovery, fields.Recovery);
        if (options.Recovery != 0m && options.Fails.Count == 0)
        {
            throw new InputException($"a recovery applies to the parties that fail: name them with {fields.Fails}", field: fields.Recovery);
        }
        Share(options.Alpha, fields.Alpha);
        Share(options.Beta, fields.Beta);
        var parties = input.Network.Parties;
        var fails = options.Fails.Distinct(StringComparer.Ordinal).ToDictionary(p => Index(parties, p, fields.Fails), _ => options.Recovery);
        var shocks = new Dictionary<int, decimal>();
        foreach (var shock in options.Shocks ?? [])
        {
            var eq = shock.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !NumberParser.TryParse(shock[(eq + 1)..], out var fall, out _))
            {
                throw new InputException($"'{shock}' is not PARTY=AMOUNT with a non-negative amount", field: fields.Shock);
            }
            var i = Index(parties, shock[..eq], fields.Shock);
            shocks[i] = shocks.GetValueOrDefault(i) + fall;
        }
        var scenario = new ClearingScenario { Fails = fails, Shocks = shocks, Alpha = options.Alpha, Beta = options.Beta };
        var result = ClearingVector.Solve(input.Network, scenario);
        return StressReport.Of(result, asOf, currency.Code, input.Unquantified, input.AssumedAssets);
    }

    private static UnknownCash UnknownCashOf(StressOptions options, QueryFields fields) =>
        Vocabulary<UnknownCash>.TryParse(options.UnknownCash, out var value)
            ? value
            : throw new InputException($"'{options.UnknownCash}' is not one of: {string.Join(", ", Vocabulary<UnknownCash>.Words)}", field: fields.UnknownCash);

    private static int Index(IReadOnlyList<string> parties, string party, string field)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (string.Equals(parties[i], party, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new InputException($"'{party}' owes nothing and is owed nothing in this network", field: field);
    }

    /// <summary>A share between 0 and 1 as typed (<c>0.5</c>), or <paramref name="absent"/> when not given.</summary>
    /// <exception cref="InputException">Not a number between 0 and 1; names <paramref name="field"/>.</exception>
    public static decimal ParseShare(string? text, decimal absent, string field)
    {
        if (text is null)
        {
            return absent;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new InputException($"'{text}' is not a number between 0 and 1", field: field);
        }
        Share(value, field);
        return value;
    }

    private static void Share(decimal value, string field)
    {
        if (value is < 0 or > 1)
        {
            throw new InputException($"{value} is not between 0 and 1", field: field);
        }
    }
}
