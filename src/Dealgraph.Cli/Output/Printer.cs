using Dealgraph.Cli.Infrastructure;
using Dealgraph.Core.Money;
using Dealgraph.Core.Views;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dealgraph.Cli.Output;

/// <summary>Writes answers to the console: JSON and CSV as plain text (never wrapped or styled), tables through Spectre.</summary>
public sealed class Printer(IAnsiConsole console)
{
    /// <summary>The console written to.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>
    /// Writes one answer in the format asked for: the view as JSON, the text <paramref name="csv"/>
    /// makes, or whatever <paramref name="table"/> renders.
    /// </summary>
    public void Answer<T>(OutputFormat format, T view, Func<string> csv, Action table)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(table);
        switch (format)
        {
            case OutputFormat.Json:
                Json(view);
                break;
            case OutputFormat.Csv:
                Raw(csv());
                break;
            default:
                table();
                break;
        }
    }

    /// <summary>Writes a view as JSON.</summary>
    public void Json<T>(T view) => Raw(ViewJson.Serialize(view) + "\n");

    /// <summary>Writes text exactly as given (no markup, no wrapping).</summary>
    public void Raw(string text)
    {
        Console.Profile.Out.Writer.Write(text);
        Console.Profile.Out.Writer.Flush();
    }

    /// <summary>Writes a renderable (table, panel).</summary>
    public void Render(IRenderable renderable) => Console.Write(renderable);

    /// <summary>Writes a line of markup-free text.</summary>
    public void Line(string text) => Console.WriteLine(text);

    /// <summary>Runs slow work under a spinner on an interactive terminal; silently elsewhere (pipes, CI, tests).</summary>
    public T Busy<T>(string label, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Console.Profile.Capabilities.Interactive
            ? Console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(label), _ => work())
            : work();
    }

    /// <summary>An amount as people read it, e.g. "up to USD 100B".</summary>
    public static string Amount(AmountView? amount) =>
        amount is null
            ? "—"
            : amount.Qualifier switch
            {
                "exact" => $"{amount.Currency} {AmountFormatter.Scale(amount.Low)}",
                "about" => $"~{amount.Currency} {AmountFormatter.Scale(amount.Low)}",
                "up-to" => $"≤ {amount.Currency} {AmountFormatter.Scale(amount.High)}",
                "less-than" => $"< {amount.Currency} {AmountFormatter.Scale(amount.High)}",
                "at-least" => $"≥ {amount.Currency} {AmountFormatter.Scale(amount.Low)}",
                "more-than" => $"> {amount.Currency} {AmountFormatter.Scale(amount.Low)}",
                "range" => $"{amount.Currency} {AmountFormatter.Scale(amount.Low)}–{AmountFormatter.Scale(amount.High)}",
                _ => $"{amount.Currency} ?",
            };

    /// <summary>A ratio as a percentage, or a dash.</summary>
    public static string Percent(decimal? ratio) => ratio is { } r ? $"{r * 100:0.##}%" : "—";

    /// <summary>Escapes untrusted text for Spectre markup.</summary>
    public static string Text(string? text) => Markup.Escape(text ?? "—");
}
