using Dealgraph.Core.Money;

namespace Dealgraph.Core.Model;

/// <summary>A sourced metric of a party (valuation, cash, revenue, burn, commitments), with the claim machinery of deals.</summary>
public sealed record Fact
{
    /// <summary>Stable key within the dataset (given, or <c>party/metric/effective#n</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The party measured.</summary>
    public required string Party { get; init; }

    /// <summary>What is measured.</summary>
    public required FactMetric Metric { get; init; }

    /// <summary>The value; revenue and burn are per year.</summary>
    public required Amount Value { get; init; }

    /// <summary>The source that said it.</summary>
    public required string SourceId { get; init; }

    /// <summary>When the source published it.</summary>
    public required DateOnly Reported { get; init; }

    /// <summary>The date the value holds for; defaults to <see cref="Reported"/>.</summary>
    public required DateOnly Effective { get; init; }

    /// <summary>Weight for resolution.</summary>
    public Rank Rank { get; init; } = Rank.Normal;

    /// <summary>The words of the source (untrusted text).</summary>
    public string? Quote { get; init; }

    /// <summary>Editor's note, e.g. "pre-money".</summary>
    public string? Note { get; init; }
}
