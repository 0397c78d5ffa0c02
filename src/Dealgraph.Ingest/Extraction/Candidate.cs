using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// A claim the text seems to make, with the evidence: the sentence (quote and span) and the words that
/// decided each field. Nothing here is a fact until a person accepts it.
/// </summary>
public sealed record Candidate
{
    /// <summary>Deal or fact.</summary>
    public required CandidateType Type { get; init; }

    /// <summary>Who pays (deals).</summary>
    public PartyMention? Payer { get; init; }

    /// <summary>Who is paid (deals).</summary>
    public PartyMention? Payee { get; init; }

    /// <summary>Whose metric (facts).</summary>
    public PartyMention? Party { get; init; }

    /// <summary>Which metric (facts).</summary>
    public FactMetric? Metric { get; init; }

    /// <summary>Kind of deal, when a word says so.</summary>
    public DealKind? Kind { get; init; }

    /// <summary>The amount, when one is stated.</summary>
    public Amount? Amount { get; init; }

    /// <summary>False when the currency was carried over from an earlier figure.</summary>
    public bool CurrencyStated { get; init; } = true;

    /// <summary>Status the sentence states, when any.</summary>
    public DealStatus? Status { get; init; }

    /// <summary>Every status word in the sentence, as written.</summary>
    public IReadOnlyList<string> StatusWords { get; init; } = [];

    /// <summary>Rates and conditions ("$10 billion per gigawatt").</summary>
    public string? Terms { get; init; }

    /// <summary>When the stated thing happened, if the sentence dates it (YYYY, YYYY-MM or YYYY-MM-DD).</summary>
    public string? Effective { get; init; }

    /// <summary>The sentence, verbatim.</summary>
    public required string Quote { get; init; }

    /// <summary>Where the sentence stands in the document's text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The direction words, or null when the direction was assumed from word order or context.</summary>
    public string? Cue { get; init; }

    /// <summary>True when the parties came from earlier sentences, not this one.</summary>
    public bool FromContext { get; init; }

    /// <summary>How much the rules trust this candidate, 0–1.</summary>
    public decimal Confidence { get; init; }
}
