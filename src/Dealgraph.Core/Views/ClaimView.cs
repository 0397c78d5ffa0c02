using Dealgraph.Core.Model;

namespace Dealgraph.Core.Views;

/// <summary>One claim with its source, as <c>show</c> lists them.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Reported">When the source published it.</param>
/// <param name="Effective">When what it states took effect.</param>
/// <param name="Status">Status stated.</param>
/// <param name="Headline">Headline stated.</param>
/// <param name="Binding">Binding amount stated.</param>
/// <param name="Paid">Paid amount stated.</param>
/// <param name="Terms">Terms stated.</param>
/// <param name="SupersededBy">Replacement deal stated.</param>
/// <param name="Quote">The source's words (untrusted).</param>
/// <param name="Note">Editor's note.</param>
/// <param name="Stance">asserts or denies.</param>
/// <param name="Rank">preferred, normal or deprecated.</param>
/// <param name="Source">Where it was read.</param>
public sealed record ClaimView(
    string Id,
    DateOnly Reported,
    DateOnly Effective,
    string? Status,
    AmountView? Headline,
    AmountView? Binding,
    AmountView? Paid,
    string? Terms,
    string? SupersededBy,
    string? Quote,
    string? Note,
    string Stance,
    string Rank,
    SourceView Source)
{
    /// <summary>The view of a claim, its source looked up in <paramref name="dataset"/>.</summary>
    public static ClaimView Of(Claim claim, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(dataset);
        return new ClaimView(
            claim.Id,
            claim.Reported,
            claim.Effective,
            claim.Status is { } s ? Vocabulary<DealStatus>.Name(s) : null,
            AmountView.Of(claim.Headline),
            AmountView.Of(claim.Binding),
            AmountView.Of(claim.Paid),
            claim.Terms,
            claim.SupersededBy,
            claim.Quote,
            claim.Note,
            Vocabulary<Stance>.Name(claim.Stance),
            Vocabulary<Rank>.Name(claim.Rank),
            SourceView.Of(dataset.FindSource(claim.SourceId), claim.SourceId));
    }
}
