using Dealgraph.Core.Money;

namespace Dealgraph.Core.Model;

/// <summary>
/// One sourced statement about a deal. It states any subset of the deal's fields; fields it
/// leaves null it says nothing about. Contradicting claims are all kept.
/// </summary>
public sealed record Claim
{
    /// <summary>Stable key within the dataset (given, or <c>deal-id#n</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The source that said it.</summary>
    public required string SourceId { get; init; }

    /// <summary>When the source published it: as of an earlier date the claim does not exist.</summary>
    public required DateOnly Reported { get; init; }

    /// <summary>When what it states took effect; defaults to <see cref="Reported"/>.</summary>
    public required DateOnly Effective { get; init; }

    /// <summary>Asserts or denies what it states.</summary>
    public Stance Stance { get; init; } = Stance.Asserts;

    /// <summary>Weight for resolution.</summary>
    public Rank Rank { get; init; } = Rank.Normal;

    /// <summary>Status stated, if any.</summary>
    public DealStatus? Status { get; init; }

    /// <summary>Headline (announced) amount stated, if any.</summary>
    public Amount? Headline { get; init; }

    /// <summary>Contractually binding amount stated, if any.</summary>
    public Amount? Binding { get; init; }

    /// <summary>Amount actually paid to date, if any.</summary>
    public Amount? Paid { get; init; }

    /// <summary>Terms stated (tranches, conditions), if any.</summary>
    public string? Terms { get; init; }

    /// <summary>The deal that replaced this one, with status <c>superseded</c>.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>The words of the source, as written (untrusted text).</summary>
    public string? Quote { get; init; }

    /// <summary>Editor's note on how the claim was read.</summary>
    public string? Note { get; init; }
}
