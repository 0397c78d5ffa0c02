using System.Collections.Frozen;
using System.Text;

namespace Dealgraph.Core.Model;

/// <summary>
/// The kebab-case words of the dataset and JSON contract (<c>non-binding</c>, <c>up-to</c>) for an enum.
/// One table per enum, so reading, writing and validation can never disagree.
/// </summary>
/// <typeparam name="TEnum">The enum whose members are named.</typeparam>
public static class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word, in declaration order.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. Enum.GetValues<TEnum>().Select(v => Names[v])];

    /// <summary>The word for a value, e.g. <c>NonBinding</c> → <c>non-binding</c>.</summary>
    public static string Name(TEnum value) => Names[value];

    /// <summary>Parses a word (case-insensitive).</summary>
    public static bool TryParse(string? word, out TEnum value)
    {
        value = default;
        return word is not null && Values.TryGetValue(word.Trim(), out value);
    }

    /// <summary>Parses a word or throws a <see cref="FormatException"/> that lists the allowed words.</summary>
    public static TEnum Parse(string word) =>
        TryParse(word, out var value)
            ? value
            : throw new FormatException($"'{word}' is not one of: {string.Join(", ", Words)}");

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
