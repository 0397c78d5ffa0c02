using System.Text;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// Transaction ids stored as one <see cref="long"/> key per row: the number itself while every
/// id is a plain non-negative integer (the common case, 8 bytes a row and no strings), otherwise
/// an (offset, length) pair into one UTF-8 byte buffer.
/// </summary>
public sealed class TransactionIds
{
    private const int LengthBits = 20;
    private const long LengthMask = (1L << LengthBits) - 1;
    private byte[] _text = [];
    private long _textLength;

    /// <summary>True while every id seen is a canonical integer of at most 18 digits.</summary>
    public bool Numeric { get; private set; } = true;

    /// <summary>The key of an id; may switch the store to text mode, rewriting <paramref name="keys"/>.</summary>
    public long KeyOf(ReadOnlySpan<char> id, long[] keys, int count) => KeyOf(Encoding.UTF8.GetBytes(id.ToArray()), keys, count);

    /// <summary>The key of an id given as UTF-8 bytes; may switch the store to text mode, rewriting <paramref name="keys"/>.</summary>
    public long KeyOf(ReadOnlySpan<byte> id, long[] keys, int count)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (Numeric && TryParseCanonical(id, out var number))
        {
            return number;
        }

        if (Numeric)
        {
            // First non-numeric id: earlier numeric keys become text keys.
            Numeric = false;
            Span<byte> digits = stackalloc byte[20];
            for (var i = 0; i < count; i++)
            {
                keys[i].TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
                keys[i] = Append(digits[..written]);
            }
        }

        return Append(id);
    }

    /// <summary>The key, in this store, of an id held by <paramref name="other"/> under <paramref name="otherKey"/>.</summary>
    public long Import(TransactionIds other, long otherKey, long[] keys, int count)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Numeric && Numeric)
        {
            return otherKey;
        }

        return other.Numeric ? KeyOf(other.TextOf(otherKey), keys, count) : KeyOf(other.BytesOf(otherKey), keys, count);
    }

    /// <summary>The id text of a key.</summary>
    public string TextOf(long key)
    {
        if (Numeric)
        {
            return key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Encoding.UTF8.GetString(BytesOf(key));
    }

    private ReadOnlySpan<byte> BytesOf(long key) => _text.AsSpan((int)(key >>> LengthBits), (int)(key & LengthMask));

    /// <summary>Bytes held by the text buffer (for memory accounting).</summary>
    public long TextBytes => _text.LongLength;

    private long Append(ReadOnlySpan<byte> id)
    {
        var byteCount = id.Length;
        if (byteCount > LengthMask)
        {
            throw new InputException($"transaction id longer than {LengthMask} bytes", field: "id");
        }

        if (_textLength + byteCount > _text.Length)
        {
            var grown = Math.Max(_text.Length * 3L / 2, _textLength + byteCount + 1024);
            if (grown > Array.MaxLength)
            {
                throw new InputException("transaction ids exceed 2 GB of text", field: "id");
            }

            Array.Resize(ref _text, (int)grown);
        }

        id.CopyTo(_text.AsSpan((int)_textLength));
        var key = (_textLength << LengthBits) | (long)byteCount;
        _textLength += byteCount;
        return key;
    }

    internal static bool TryParseCanonical(ReadOnlySpan<char> id, out long number)
    {
        number = 0;
        Span<byte> bytes = stackalloc byte[18];
        if (id.Length > 18)
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            if (id[i] > 127)
            {
                return false;
            }

            bytes[i] = (byte)id[i];
        }

        return TryParseCanonical(bytes[..id.Length], out number);
    }

    internal static bool TryParseCanonical(ReadOnlySpan<byte> id, out long number)
    {
        number = 0;
        if (id.IsEmpty || id.Length > 18 || (id[0] == '0' && id.Length > 1))
        {
            return false;
        }

        foreach (var c in id)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        return true;
    }
}
