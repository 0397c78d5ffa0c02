using System.Text;
using System.Text.Json;
using Dealgraph.Core.Ledger;
using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Writes round trips as JSON Lines (<c>{"transactions":[…],"parties":[…],"start","end","amount","currency"}</c>)
/// or CSV. Used for <c>ledger loops</c> output and for the generator's ground-truth file.
/// </summary>
public sealed class RoundTripWriter : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly RoundTripFormat _format;
    private readonly Utf8JsonWriter _json;
    private readonly StreamWriter? _csv;

    /// <summary>Writes to a stream (left open unless <paramref name="ownsStream"/>).</summary>
    public RoundTripWriter(Stream stream, RoundTripFormat format, bool ownsStream = false)
    {
        _stream = new BufferedStream(stream ?? throw new ArgumentNullException(nameof(stream)), 1 << 16);
        _ownsStream = ownsStream;
        _format = format;
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (format == RoundTripFormat.Csv)
        {
            _csv = new StreamWriter(_stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _csv.Write("transactions,parties,start,end,amount,currency\n");
        }
    }

    /// <summary>Opens a file for writing.</summary>
    public static RoundTripWriter ToFile(string path, RoundTripFormat format) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), format, ownsStream: true);

    /// <summary>Writes one round trip.</summary>
    public void Write(RoundTripRecord trip)
    {
        ArgumentNullException.ThrowIfNull(trip);
        if (_csv is not null)
        {
            _csv.Write(string.Join(' ', trip.Transactions));
            _csv.Write(',');
            _csv.Write(string.Join(' ', trip.Parties));
            _csv.Write(',');
            _csv.Write(LedgerText.Timestamp(trip.Start));
            _csv.Write(',');
            _csv.Write(LedgerText.Timestamp(trip.End));
            _csv.Write(',');
            _csv.Write(LedgerText.Amount(trip.Amount));
            _csv.Write(',');
            _csv.Write(trip.Currency);
            _csv.Write('\n');
            return;
        }

        _json.Reset();
        _json.WriteStartObject();
        WriteArray("transactions", trip.Transactions);
        WriteArray("parties", trip.Parties);
        _json.WriteString("start", LedgerText.Timestamp(trip.Start));
        _json.WriteString("end", LedgerText.Timestamp(trip.End));
        _json.WriteNumber("amount", Figure.Trimmed(trip.Amount));
        _json.WriteString("currency", trip.Currency);
        _json.WriteEndObject();
        _json.Flush();
        _stream.Write(NewLine);
    }

    /// <summary>Flushes buffered output.</summary>
    public void Flush()
    {
        _csv?.Flush();
        _json.Flush();
        _stream.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        _csv?.Dispose();
        _json.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
        else
        {
            _stream.Flush();
        }
    }

    private void WriteArray(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }
}
