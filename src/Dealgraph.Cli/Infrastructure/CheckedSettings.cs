using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>
/// Settings whose value-taking options must get a value. Spectre.Console.Cli 0.57 fills such an option
/// given last on the line (<c>loops --party</c>) with its internal name <c>__default_command</c>, which
/// would surface as "unknown party id '__default_command'"; this says "--party needs a value" instead.
/// </summary>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public abstract class CheckedSettings : CommandSettings
{
    private const string Placeholder = "__default_command";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
            {
                continue;
            }
            var value = property.GetValue(this);
            if (value is Placeholder || (value is string[] values && values.Contains(Placeholder, StringComparer.Ordinal)))
            {
                return ValidationResult.Error($"--{option.LongNames.FirstOrDefault() ?? option.ShortNames.FirstOrDefault()} needs a value");
            }
        }
        return base.Validate();
    }
}
