using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Yaml;

/// <summary>Reads an amount written as <c>{ currency, qualifier, value | low | high }</c> or as the shorthand <c>up-to USD 100e9</c>.</summary>
internal static class AmountReader
{
    public static Amount Read(YamlNode node, YamlMap parent, string key)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            try
            {
                return AmountParser.Parse(text);
            }
            catch (FormatException e)
            {
                throw parent.Error(key, e.Message, node);
            }
        }
        var map = YamlMap.From(node, parent.File, parent.Context.Length == 0 ? key : $"{parent.Context}.{key}");
        var currencyText = map.String("currency");
        if (!Currency.TryParse(currencyText, out var currency))
        {
            throw map.Error("currency", $"'{currencyText}' is not an ISO 4217 currency code", map.Find("currency")!);
        }
        var value = Figure(map, "value");
        var low = Figure(map, "low");
        var high = Figure(map, "high");
        var qualifier = map.OptionalWord<AmountQualifier>("qualifier") ?? (value, low, high) switch
        {
            ({ }, _, _) => AmountQualifier.Exact,
            (null, { }, { }) => AmountQualifier.Range,
            (null, { }, null) => AmountQualifier.AtLeast,
            (null, null, { }) => AmountQualifier.UpTo,
            _ => AmountQualifier.Unknown,
        };
        map.RejectUnknownKeys();
        if (value is not null && (low is not null || high is not null))
        {
            throw map.Error("value", "give either value or low/high, not both", map.Line);
        }
        // `value` is a point; bounds are named for what they bound, so a reader never guesses.
        var bound = qualifier switch
        {
            AmountQualifier.Range => "low and high",
            AmountQualifier.UpTo or AmountQualifier.LessThan => "high",
            AmountQualifier.AtLeast or AmountQualifier.MoreThan => "low",
            _ => null,
        };
        if (value is not null && bound is not null)
        {
            throw map.Error("value", $"a {Vocabulary<AmountQualifier>.Name(qualifier)} amount takes {bound}, not value", map.Line);
        }
        try
        {
            return value is { } v
                ? Amount.Create(qualifier, v, v, currency)
                : Amount.Create(qualifier, low, high, currency);
        }
        catch (ArgumentException e)
        {
            throw map.Error("qualifier", e.Message, map.Line);
        }
    }

    private static decimal? Figure(YamlMap map, string key)
    {
        var text = map.OptionalString(key);
        if (text is null)
        {
            return null;
        }
        return NumberParser.TryParse(text, out var value, out var error) ? value : throw map.Error(key, error, map.Find(key)!);
    }
}
