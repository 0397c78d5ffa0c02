namespace Dealgraph.Core.Model;

/// <summary>An agreement under which money or value flows from <see cref="Payer"/> to <see cref="Payee"/>.</summary>
/// <param name="Id">Dataset-wide key, e.g. <c>nvidia-openai-loi-2025</c>.</param>
/// <param name="Title">Short description as people would say it.</param>
/// <param name="Kind">What moves.</param>
/// <param name="Payer">Party id money flows from.</param>
/// <param name="Payee">Party id money flows to.</param>
/// <param name="Legs">Deals forming the other side (the purchases an investment funds).</param>
/// <param name="Terms">Standing terms in free text (tranches, conditions).</param>
/// <param name="Claims">Every sourced statement about the deal, in dataset order.</param>
public sealed record Deal(
    string Id,
    string Title,
    DealKind Kind,
    string Payer,
    string Payee,
    IReadOnlyList<string> Legs,
    string? Terms,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>Value equality over every field and every claim, so re-imports can tell "unchanged".</summary>
    public bool Equals(Deal? other) =>
        other is not null && Id == other.Id && Title == other.Title && Kind == other.Kind && Payer == other.Payer &&
        Payee == other.Payee && Terms == other.Terms && Legs.SequenceEqual(other.Legs) && Claims.SequenceEqual(other.Claims);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Kind, Payer, Payee, Claims.Count);
}
