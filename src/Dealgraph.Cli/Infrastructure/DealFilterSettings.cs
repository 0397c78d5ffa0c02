using System.ComponentModel;
using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Resolution;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>Read settings plus the deal filters (--party, --kind, --status).</summary>
public class DealFilterSettings : QuerySettings
{
    /// <summary>Keep deals where this party pays or is paid.</summary>
    [CommandOption("--party <ID>")]
    [Description("Only deals where this party (id) pays or is paid")]
    public string? Party { get; init; }

    /// <summary>Keep deals of this kind.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("Only deals of this kind: equity-investment, purchase-commitment, compute-contract, warrant, loan, backstop, partnership")]
    public string? Kind { get; init; }

    /// <summary>Keep deals with this status as of the date.</summary>
    [CommandOption("--status <STATUS>")]
    [Description("Only deals with this status as of the date (e.g. non-binding, on-ice, superseded)")]
    public string? Status { get; init; }

    /// <summary>Applies the filters; unknown words and party ids are input errors.</summary>
    public IReadOnlyList<DealState> Apply(IReadOnlyList<DealState> states, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        DealKind? kind = Kind is null ? null : Word<DealKind>(Kind, "--kind");
        DealStatus? status = Status is null ? null : Word<DealStatus>(Status, "--status");
        if (Party is not null && dataset.FindParty(Party) is null)
        {
            throw new InputException($"unknown party id '{Party}'", field: "--party");
        }
        return [.. states.Where(s =>
            (Party is null || s.Deal.Payer == Party || s.Deal.Payee == Party) &&
            (kind is null || s.Deal.Kind == kind) &&
            (status is null || s.Status?.Value == status))];
    }

    private static T Word<T>(string text, string option)
        where T : struct, Enum =>
        Vocabulary<T>.TryParse(text, out var value)
            ? value
            : throw new InputException($"'{text}' is not one of: {string.Join(", ", Vocabulary<T>.Words)}", field: option);
}
