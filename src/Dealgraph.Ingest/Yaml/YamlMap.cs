using System.Globalization;
using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Yaml;

/// <summary>
/// Typed, located access to one YAML mapping: every error names the file, the line and the key.
/// Keys that are read are remembered so <see cref="RejectUnknownKeys"/> can catch typos.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string file, string context)
    {
        _node = node;
        File = file;
        Context = context;
    }

    /// <summary>The file, as the user named it.</summary>
    public string File { get; }

    /// <summary>Dotted path of this mapping in the file, for messages (e.g. <c>claims[2]</c>).</summary>
    public string Context { get; }

    /// <summary>The 1-based line where the mapping starts.</summary>
    public int Line => (int)_node.Start.Line;

    /// <summary>Wraps a node that must be a mapping.</summary>
    public static YamlMap From(YamlNode node, string file, string context) =>
        node is YamlMappingNode map
            ? new YamlMap(map, file, context)
            : throw new InputException($"expected a mapping (key: value lines), found {Kind(node)}", file, (int)node.Start.Line, context.Length == 0 ? null : context);

    /// <summary>True when the key is present.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>The node under a key, or null.</summary>
    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>A required non-empty string.</summary>
    public string String(string key) => OptionalString(key) ?? throw Error(key, "is required", Line);

    /// <summary>An optional string; empty and null scalars count as absent.</summary>
    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return null;
        }
        return node is YamlScalarNode scalar ? scalar.Value : throw Error(key, $"expected text, found {Kind(node)}", node);
    }

    /// <summary>A required ISO date (YYYY-MM-DD).</summary>
    public DateOnly Date(string key) => OptionalDate(key) ?? throw Error(key, "is required (an ISO date, YYYY-MM-DD)", Line);

    /// <summary>An optional ISO date (YYYY-MM-DD).</summary>
    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(key, $"'{text}' is not a valid ISO date (YYYY-MM-DD)", Find(key)!);
    }

    /// <summary>An optional vocabulary word (kebab-case enum member).</summary>
    public TEnum? OptionalWord<TEnum>(string key)
        where TEnum : struct, Enum
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }
        return Vocabulary<TEnum>.TryParse(text, out var value)
            ? value
            : throw Error(key, $"'{text}' is not one of: {string.Join(", ", Vocabulary<TEnum>.Words)}", Find(key)!);
    }

    /// <summary>A required vocabulary word.</summary>
    public TEnum Word<TEnum>(string key)
        where TEnum : struct, Enum =>
        OptionalWord<TEnum>(key) ?? throw Error(key, $"is required (one of: {string.Join(", ", Vocabulary<TEnum>.Words)})", Line);

    /// <summary>An optional list of strings; a single scalar counts as a one-element list.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        return Find(key) switch
        {
            null => [],
            YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode s => [s.Value!],
            YamlSequenceNode seq => [.. seq.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v : throw Error(key, $"expected text items, found {Kind(c)}", c))],
            var other => throw Error(key, $"expected a list, found {Kind(other)}", other),
        };
    }

    /// <summary>The mappings of a list under a key (absent → empty).</summary>
    public IReadOnlyList<YamlMap> Maps(string key)
    {
        return Find(key) switch
        {
            null => [],
            YamlSequenceNode seq => [.. seq.Children.Select((c, i) => From(c, File, $"{Prefix}{key}[{i}]"))],
            YamlScalarNode { Value: null or "" } => [],
            var other => throw Error(key, $"expected a list, found {Kind(other)}", other),
        };
    }

    /// <summary>An optional amount: a mapping or the shorthand string.</summary>
    public Amount? OptionalAmount(string key) => Find(key) is { } node ? AmountReader.Read(node, this, key) : null;

    /// <summary>A required amount.</summary>
    public Amount Amount(string key) => OptionalAmount(key) ?? throw Error(key, "is required", Line);

    /// <summary>A required positive decimal (plain figure).</summary>
    public decimal Decimal(string key)
    {
        var text = String(key);
        return NumberParser.TryParse(text, out var value, out var error) ? value : throw Error(key, error, Find(key)!);
    }

    /// <summary>Fails on keys that were never read: they are typos or unsupported fields.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                throw new InputException($"unknown key (expected one of: {string.Join(", ", _read)})", File, (int)key.Start.Line, Prefix + name);
            }
        }
    }

    /// <summary>An error located at a node's line and this mapping's key.</summary>
    public InputException Error(string key, string problem, YamlNode node) => Error(key, problem, (int)node.Start.Line);

    /// <summary>An error located at a line and this mapping's key.</summary>
    public InputException Error(string key, string problem, int line) => new(problem, File, line, Prefix + key);

    private string Prefix => Context.Length == 0 ? "" : Context + ".";

    internal static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };
}
