namespace Dealgraph.Core.Model;

/// <summary>A company, fund, government or person that pays or is paid.</summary>
/// <param name="Id">Slug of the common name, e.g. <c>nvidia</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What kind of actor.</param>
/// <param name="Aliases">Other names in any language (<c>NVDA</c>, <c>輝達</c>).</param>
public sealed record Party(string Id, string Name, PartyKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>Value equality that includes the aliases, so re-imports can tell "unchanged" from "changed".</summary>
    public bool Equals(Party? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, Aliases.Count);
}
