using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>A sum of money found in the text, with what bounds it and why it might not be a deal amount.</summary>
public sealed record AmountMention
{
    /// <summary>Where the figure (with its currency and qualifier words) stands.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The amount as an interval.</summary>
    public required Amount Amount { get; init; }

    /// <summary>False when the currency was inferred from earlier amounts in the document ("1000 億" after "1000 億美元").</summary>
    public bool CurrencyStated { get; init; } = true;

    /// <summary>"per gigawatt" and the like: a rate, kept as terms, not a total.</summary>
    public string? RateUnit { get; init; }

    /// <summary>Size of a market or industry ("a $100 billion market"): not money moving between parties.</summary>
    public bool IsMarketSize { get; init; }

    /// <summary>A conversion in brackets of the amount just before ("NT$1 trillion ($31 billion)").</summary>
    public bool IsConversion { get; init; }
}
