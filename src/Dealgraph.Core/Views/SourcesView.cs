namespace Dealgraph.Core.Views;

/// <summary>The <c>sources</c> answer: sources cited by a claim reported by the as-of date, in id order.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Sources">Sources.</param>
public sealed record SourcesView(DateOnly AsOf, IReadOnlyList<SourceView> Sources);
