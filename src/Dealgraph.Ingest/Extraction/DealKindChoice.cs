using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>The kind of a deal candidate, from the kind words of its sentence, its cue and, with several amounts, its own stretch.</summary>
internal static class DealKindChoice
{
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
        return KindWordRecognizer.MostSpecificIn(text, from, to) is { } near ? Of(near, focus.Cue) : null;
    }

    /// <summary>
    /// A sentence's kind: a specific one it names (warrant, backstop, loan, compute) wins; otherwise the
    /// direction cue's own word ("buy", "invest"), else what the sentence names.
    /// </summary>
    public static DealKind? Of(DealKind? specific, string? cue)
    {
        if (specific is DealKind.Warrant or DealKind.Backstop or DealKind.Loan or DealKind.ComputeContract)
        {
            return specific;
        }
        if (cue is not null && KindWordRecognizer.MostSpecificIn(cue, 0, cue.Length) is { } fromCue)
        {
            return fromCue;
        }
        return specific;
    }
}
