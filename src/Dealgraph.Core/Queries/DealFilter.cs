using Dealgraph.Core.Model;
using Dealgraph.Core.Resolution;

namespace Dealgraph.Core.Queries;

/// <summary>The deal filters every listing takes: a party (payer or payee), a kind, a status as of the date.</summary>
/// <param name="Party">Party id, or null for all.</param>
/// <param name="Kind">Kind word, or null for all.</param>
/// <param name="Status">Status word, or null for all.</param>
public sealed record DealFilter(string? Party = null, string? Kind = null, string? Status = null)
{
    /// <summary>No filtering.</summary>
    public static DealFilter None { get; } = new();

    /// <summary>Applies the filters; unknown words and party ids are input errors naming the field as the caller calls it.</summary>
    public IReadOnlyList<DealState> Apply(Ledger ledger, QueryFields fields)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(fields);
        DealKind? kind = Kind is null ? null : Word<DealKind>(Kind, fields.Kind);
        DealStatus? status = Status is null ? null : Word<DealStatus>(Status, fields.Status);
        if (Party is not null && ledger.Dataset.FindParty(Party) is null)
        {
            throw new InputException($"unknown party id '{Party}'", field: fields.Party);
        }
        return [.. ledger.States.Where(s =>
            (Party is null || s.Deal.Payer == Party || s.Deal.Payee == Party) &&
            (kind is null || s.Deal.Kind == kind) &&
            (status is null || s.Status?.Value == status))];
    }

    private static T Word<T>(string text, string field)
        where T : struct, Enum =>
        Vocabulary<T>.TryParse(text, out var value)
            ? value
            : throw new InputException($"'{text}' is not one of: {string.Join(", ", Vocabulary<T>.Words)}", field: field);
}
