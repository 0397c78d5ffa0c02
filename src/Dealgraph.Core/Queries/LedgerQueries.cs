using System.Globalization;
using Dealgraph.Core.Analyses;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;
using Dealgraph.Core.Views;

namespace Dealgraph.Core.Queries;

/// <summary>
/// The read queries behind both the CLI verbs and the HTTP API, so both give the same answer
/// (the same views, serialized by <see cref="ViewJson"/>) for the same question.
/// </summary>
public static class LedgerQueries
{
    /// <summary>Parses an as-of date; today (UTC) when absent.</summary>
    /// <exception cref="InputException">Not an ISO date.</exception>
    public static DateOnly ParseAsOf(string? text, string field) =>
        text is null
            ? DateOnly.FromDateTime(DateTime.UtcNow)
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new InputException($"'{text}' is not a valid ISO date (YYYY-MM-DD)", field: field);

    /// <summary>The <c>deals</c> answer.</summary>
    public static DealsView Deals(Ledger ledger, DealFilter filter, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(filter);
        return new DealsView(ledger.AsOf, [.. filter.Apply(ledger, fields).Select(DealView.Of).OrderBy(d => d.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The <c>show</c> answer; an unknown id, or a deal not yet reported by the date, is not found.</summary>
    public static DealDetailView Show(Ledger ledger, string id, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(fields);
        var state = Find(ledger, id, fields);
        return new DealDetailView(ledger.AsOf, DealView.Of(state), state.Deal.Legs, state.Terms?.Value ?? state.Deal.Terms,
            [.. state.Claims.Select(c => ClaimView.Of(c, ledger.Dataset))],
            [.. Disagreements.Of(state).Select(d => new DisagreementView(d.Field, d.Claim.Id))]);
    }

    /// <summary>The deal as of each date its record changed, up to the as-of date.</summary>
    public static DealHistoryView History(Ledger ledger, string id, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var state = Find(ledger, id, fields);
        var dates = state.Claims.Select(c => c.Reported).Distinct().Order();
        return new DealHistoryView(ledger.AsOf, state.Deal.Id,
            [.. dates.Select(d => ClaimResolver.Resolve(state.Deal, d)).OfType<DealState>().Select(DealView.Of)]);
    }

    /// <summary>The <c>reality</c> answer; currencies other than the reporting one need sourced rates.</summary>
    public static RealityReport Reality(Ledger ledger, DealFilter filter, string? currency, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(fields);
        var states = filter.Apply(ledger, fields);
        var reporting = AnalysisQueries.ReportingCurrency(currency, states.Select(s => s.Currency), fields.Currency);
        try
        {
            return RealityAnalysis.Run(states, ledger.AsOf, reporting, CurrencyConverter.KnownOn(ledger.Dataset, ledger.AsOf));
        }
        catch (CurrencyMismatchException e)
        {
            throw MissingRate.Error(e, fields.Currency, "or filter to one currency (--currency, --party, --kind)");
        }
    }

    /// <summary>The <c>runway</c> answer, for one party or all.</summary>
    public static RunwayReport Runway(Ledger ledger, string? party, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(fields);
        if (party is not null && ledger.Dataset.FindParty(party) is null)
        {
            throw new InputException($"unknown party id '{party}'", field: fields.Party);
        }
        IReadOnlyList<RunwayRow> rows;
        try
        {
            rows = RunwayAnalysis.Run(ledger.Dataset, ledger.States, ledger.AsOf, CurrencyConverter.KnownOn(ledger.Dataset, ledger.AsOf), party);
        }
        catch (CurrencyMismatchException e)
        {
            throw MissingRate.Error(e, null, "or ask for one party with --party");
        }
        return new RunwayReport(ledger.AsOf, rows);
    }

    /// <summary>Every party, with the number of deals it is in as of the date.</summary>
    public static PartiesView Parties(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var counts = ledger.States.SelectMany(s => new[] { s.Deal.Payer, s.Deal.Payee }.Distinct())
            .GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new PartiesView(ledger.AsOf,
            [.. ledger.Dataset.Parties.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => PartyView.Of(p, counts.GetValueOrDefault(p.Id)))]);
    }

    /// <summary>Sources cited by a claim reported by the as-of date.</summary>
    public static SourcesView Sources(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var cited = ledger.States.SelectMany(s => s.Claims).Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        return new SourcesView(ledger.AsOf,
            [.. ledger.Dataset.Sources.Where(s => cited.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => SourceView.Of(s, s.Id))]);
    }

    private static DealState Find(Ledger ledger, string id, QueryFields fields)
    {
        var deal = ledger.Dataset.FindDeal(id) ?? throw new InputException($"unknown deal id '{id}'", field: fields.Deal) { NotFound = true };
        return ledger.States.FirstOrDefault(s => s.Deal.Id == deal.Id)
            ?? throw new InputException(
                $"deal '{deal.Id}' does not exist as of {ledger.AsOf:yyyy-MM-dd}: its first claim was reported {deal.Claims.Min(c => c.Reported):yyyy-MM-dd}",
                field: fields.AsOf)
            { NotFound = true };
    }
}
