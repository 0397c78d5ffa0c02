using Dealgraph.Core.Model;

namespace Dealgraph.Core.Resolution;

/// <summary>The value of one field as of a date, the claim it came from, and any claims that deny it.</summary>
/// <typeparam name="T">Field type.</typeparam>
/// <param name="Value">The winning value.</param>
/// <param name="Claim">The claim that stated it.</param>
/// <param name="DeniedBy">Denials of this very value, reported by the as-of date.</param>
public sealed record Resolved<T>(T Value, Claim Claim, IReadOnlyList<Claim> DeniedBy)
    where T : notnull
{
    /// <summary>True when some source denies the winning value.</summary>
    public bool Contested => DeniedBy.Count > 0;
}
