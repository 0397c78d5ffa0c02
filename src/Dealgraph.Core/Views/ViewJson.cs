using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dealgraph.Core.Views;

/// <summary>The one set of JSON options behind every JSON answer (CLI and HTTP): camelCase, ISO dates, indented.</summary>
public static class ViewJson
{
    /// <summary>Serializer options of the JSON contract.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Non-ASCII text (輝達) stays readable; HTML-significant characters are still escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new TrimmedDecimalConverter() },
    };

    /// <summary>Serializes a view.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
