namespace Dealgraph.Core.Queries;

/// <summary>
/// How the caller names each input, so an error points at what the user typed:
/// <c>--as-of</c> on the command line, <c>asOf</c> in an HTTP query string.
/// </summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Party">The party filter.</param>
/// <param name="Kind">The kind filter.</param>
/// <param name="Status">The status filter.</param>
/// <param name="Currency">The reporting currency.</param>
/// <param name="Deal">A deal id.</param>
/// <param name="Fails">A failing party (stress test).</param>
/// <param name="Basis">Which amount of each deal loops read.</param>
/// <param name="Shock">A fall in a party's external assets (stress test).</param>
/// <param name="Recovery">Share a failed party still pays.</param>
/// <param name="Alpha">Rogers–Veraart share of external assets realised in default.</param>
/// <param name="Beta">Rogers–Veraart share of receipts realised in default.</param>
/// <param name="UnknownCash">Assumption for parties without a cash fact.</param>
public sealed record QueryFields(string AsOf, string Party, string Kind, string Status, string Currency, string Deal, string Fails,
    string Basis, string Shock, string Recovery, string Alpha, string Beta, string UnknownCash)
{
    /// <summary>Command-line option names.</summary>
    public static QueryFields Cli { get; } = new("--as-of", "--party", "--kind", "--status", "--currency", "DEAL", "--fails",
        "--basis", "--shock", "--recovery", "--alpha", "--beta", "--unknown-cash");

    /// <summary>HTTP query parameter and route names.</summary>
    public static QueryFields Http { get; } = new("asOf", "party", "kind", "status", "currency", "id", "fails",
        "basis", "shock", "recovery", "alpha", "beta", "unknownCash");
}
