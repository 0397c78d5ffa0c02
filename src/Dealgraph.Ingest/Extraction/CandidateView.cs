using Dealgraph.Core.Model;
using Dealgraph.Core.Views;

namespace Dealgraph.Ingest.Extraction;

/// <summary>A candidate in the JSON contract of <c>dealgraph extract</c> (camelCase; party fields are ids where an alias matched).</summary>
public sealed record CandidateView(
    string Type,
    string? Payer,
    string? Payee,
    string? Party,
    string? Metric,
    string? Kind,
    AmountView? Amount,
    bool? CurrencyStated,
    string? Status,
    IReadOnlyList<string> StatusWords,
    string? Terms,
    string? Effective,
    string Quote,
    TextSpan Span,
    string? Cue,
    bool FromContext,
    decimal Confidence)
{
    /// <summary>The view of a candidate.</summary>
    public static CandidateView Of(Candidate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Type == CandidateType.Deal ? "deal" : "fact",
            c.Payer?.Id,
            c.Payee?.Id,
            c.Party?.Id,
            c.Metric is { } m ? Vocabulary<FactMetric>.Name(m) : null,
            c.Kind is { } k ? Vocabulary<DealKind>.Name(k) : null,
            AmountView.Of(c.Amount),
            c.Amount is null ? null : c.CurrencyStated,
            c.Status is { } s ? Vocabulary<DealStatus>.Name(s) : null,
            c.StatusWords,
            c.Terms,
            c.Effective,
            c.Quote,
            c.Span,
            c.Cue,
            c.FromContext,
            c.Confidence);
    }
}
