using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>One party's cash position as of a date.</summary>
/// <param name="Party">Party id.</param>
/// <param name="Cash">Cash on hand (latest fact).</param>
/// <param name="Burn">Cash burn per year (latest fact).</param>
/// <param name="Revenue">Revenue per year (latest fact).</param>
/// <param name="Commitments">Spending commitments the party announced (latest fact).</param>
/// <param name="Outstanding">Binding amounts of deals the party pays, less what was paid.</param>
/// <param name="RunwayMonthsLow">Cash / burn in months, pessimistic end (cash low / burn high); one decimal.</param>
/// <param name="RunwayMonthsHigh">Optimistic end (cash high / burn low); null when unbounded.</param>
/// <param name="Coverage">(cash + a year of revenue) low / outstanding high: above 1 the next year's obligations are covered.</param>
public sealed record RunwayRow(
    string Party,
    AmountView? Cash,
    AmountView? Burn,
    AmountView? Revenue,
    AmountView? Commitments,
    AmountView? Outstanding,
    decimal? RunwayMonthsLow,
    decimal? RunwayMonthsHigh,
    decimal? Coverage);
