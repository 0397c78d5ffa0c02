using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>The kind of a deal candidate, from the kind words of its sentence, its cue and, with several amounts, its own stretch.</summary>
internal static class DealKindChoice
{
    // What is bought when a purchase is a stake: "buy $5 billion of Intel common stock", "認購 … 股份".
    private static readonly CueTable<bool> Securities = new(
        ("stocks?", true), ("shares", true), ("stake", true), ("equity", true), ("股份", true), ("股票", true), ("股權", true), ("股权", true), ("普通股", true), ("優先股", true), ("优先股", true));

    // How far after a purchase cue its object is read: "buy $5 billion of Intel common stock" fits; a later
    // "…, and its shares rose" lies past a clause break.
    private const int ObjectReach = 60;

    /// <summary>
    /// With several amounts in a sentence, the kind of one of them from its own stretch: from its cue (or
    /// the amount, if that comes first) up to the next amount ("to invest up to $5 billion in Anthropic as
    /// the startup commits to $30 billion of Azure compute": an investment, then a compute contract).
    /// </summary>
    public static DealKind? Around(string text, int end, Direction focus, AmountMention amount, List<AmountMention> amounts)
    {
        var from = Math.Min(focus.CueAt?.Start ?? amount.Span.Start, amount.Span.Start);
        var to = end;
        foreach (var other in amounts)
        {
            if (other.Span.Start > amount.Span.Start && other.Span.Start < to)
            {
                to = other.Span.Start;
            }
        }
        return KindWordRecognizer.MostSpecificIn(text, from, to) is { } near ? Of(near, focus, text, to) : null;
    }

    /// <summary>
    /// A sentence's kind: a specific one it names (warrant, backstop, loan, compute) wins; otherwise the
    /// direction cue's own word ("buy", "invest"), else what the sentence names. A purchase of stock,
    /// shares or a stake, named in the cue's own clause before <paramref name="end"/>, is an equity investment.
    /// </summary>
    public static DealKind? Of(DealKind? specific, Direction direction, string text, int end)
    {
        if (specific is DealKind.Warrant or DealKind.Backstop or DealKind.Loan or DealKind.ComputeContract)
        {
            return specific;
        }
        var cue = direction.Cue;
        if (cue is not null && KindWordRecognizer.MostSpecificIn(cue, 0, cue.Length) is { } fromCue)
        {
            return fromCue == DealKind.PurchaseCommitment && direction.CueAt is { } at && BuysSecurities(text, at.End, end)
                ? DealKind.EquityInvestment
                : fromCue;
        }
        return specific;
    }

    private static bool BuysSecurities(string text, int from, int end) =>
        Securities.Scan(text, from, DirectionRule.ClauseEnd(text, from, Math.Min(end, from + ObjectReach))).Count > 0;
}
