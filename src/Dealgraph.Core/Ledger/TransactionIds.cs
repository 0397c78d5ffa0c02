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
    public long KeyOf(ReadOnlySpan<char> id, long[] keys, int count)
    {
        if (Numeric && TryParseCanonical(id, out var number))
        {
            return number;
        }

        if (Numeric)
        {
            // First non-numeric id: earlier numeric keys become text keys.
            Numeric = false;
            Span<char> digits = stackalloc char[20];
            for (var i = 0; i < count; i++)
            {
                keys[i].TryFormat(digits, out var written);
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

        return KeyOf(other.TextOf(otherKey), keys, count);
    }

    /// <summary>The id text of a key.</summary>
    public string TextOf(long key)
    {
        if (Numeric)
        {
            return key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var offset = key >>> LengthBits;
        var length = (int)(key & LengthMask);
        return Encoding.UTF8.GetString(_text, (int)offset, length);
    }

    /// <summary>Bytes held by the text buffer (for memory accounting).</summary>
    public long TextBytes => _text.LongLength;

    private long Append(ReadOnlySpan<char> id)
    {
        var byteCount = Encoding.UTF8.GetByteCount(id);
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

        var written = Encoding.UTF8.GetBytes(id, _text.AsSpan((int)_textLength));
        var key = (_textLength << LengthBits) | (long)written;
        _textLength += written;
        return key;
    }

    internal static bool TryParseCanonical(ReadOnlySpan<char> id, out long number)
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
