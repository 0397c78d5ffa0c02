using System.Text.Json;
using System.Text.Json.Serialization;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Views;

/// <summary>Writes decimals without trailing zeros (<see cref="Figure.Trimmed"/>), so JSON answers print 2.5, never 2.50.</summary>
public sealed class TrimmedDecimalConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(Figure.Trimmed(value));
    }
}
