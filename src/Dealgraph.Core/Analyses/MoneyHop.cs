using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>Money flowing from one party to another: every deal between the two in that direction, summed.</summary>
/// <param name="From">Index of the payer in <see cref="MoneyGraph.Parties"/>.</param>
/// <param name="To">Index of the payee.</param>
/// <param name="Deals">Deal ids on this hop, in dataset order.</param>
/// <param name="Amount">Interval sum of the deals' amounts on the chosen basis; unknown when no deal is quantified.</param>
/// <param name="Unpriced">The deals among <paramref name="Deals"/> with no amount on the basis (they make the sum open above).</param>
public sealed record MoneyHop(int From, int To, IReadOnlyList<string> Deals, Amount Amount, IReadOnlyList<string> Unpriced);
