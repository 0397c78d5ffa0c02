namespace Dealgraph.Core.Views;

/// <summary>A claim that states a field differently from the value the record keeps, for the same effective date.</summary>
/// <param name="Field">status, headline, binding or paid.</param>
/// <param name="Claim">The id of the overridden claim (listed in the deal's claims).</param>
public sealed record DisagreementView(string Field, string Claim);
