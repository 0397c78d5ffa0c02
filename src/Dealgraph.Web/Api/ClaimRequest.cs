namespace Dealgraph.Web.Api;

/// <summary>A new claim about an existing deal, as <c>POST /api/claims</c> takes it (fields as in the dataset format).</summary>
/// <param name="Deal">Deal id.</param>
/// <param name="Source">Source id (must be stored already).</param>
/// <param name="Reported">When the source published it (YYYY-MM-DD).</param>
/// <param name="Effective">When what it states took effect; default: reported.</param>
/// <param name="Status">Status word.</param>
/// <param name="Headline">Headline amount as written in a dataset, e.g. <c>up-to USD 100e9</c>.</param>
/// <param name="Binding">Binding amount.</param>
/// <param name="Paid">Paid amount.</param>
/// <param name="Terms">Terms.</param>
/// <param name="SupersededBy">Replacement deal id.</param>
/// <param name="Quote">The source's words.</param>
/// <param name="Note">Editor's note.</param>
/// <param name="Stance">asserts (default) or denies.</param>
/// <param name="Rank">normal (default), preferred or deprecated.</param>
public sealed record ClaimRequest(
    string Deal,
    string Source,
    string Reported,
    string? Effective = null,
    string? Status = null,
    string? Headline = null,
    string? Binding = null,
    string? Paid = null,
    string? Terms = null,
    string? SupersededBy = null,
    string? Quote = null,
    string? Note = null,
    string? Stance = null,
    string? Rank = null);
