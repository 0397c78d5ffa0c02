using Dealgraph.Core.Model;

namespace Dealgraph.Core.Views;

/// <summary>A party in the JSON contract, with how many deals it is in as of the date.</summary>
/// <param name="Id">Party id.</param>
/// <param name="Name">Name as written.</param>
/// <param name="Kind">Kind word.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Deals">Deals that exist as of the date where it pays or is paid.</param>
public sealed record PartyView(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, int Deals)
{
    /// <summary>The view of a party.</summary>
    public static PartyView Of(Party party, int deals)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new(party.Id, party.Name, Vocabulary<PartyKind>.Name(party.Kind), party.Aliases, deals);
    }
}
