using System.Text;
using Dealgraph.Core;

namespace Dealgraph.Ingest.Text;

/// <summary>
/// Decodes input bytes as UTF-8, refusing invalid bytes instead of replacing them (a replaced byte
/// would enter the ledger as U+FFFD), and dropping a leading byte-order mark, which editors on
/// Windows write and which is not part of the text. One decoder for files, uploads and documents.
/// </summary>
public static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="file">The file or address named in the error, if any.</param>
    /// <param name="field">The field named in the error, if any (e.g. <c>body</c>).</param>
    /// <exception cref="InputException">The bytes are not UTF-8; the message gives the offset of the first bad one.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string? file = null, string? field = null)
    {
        try
        {
            var text = Encoding.GetString(bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"is not valid UTF-8 text (bad byte at offset {e.Index})", file, field: field, inner: e);
        }
    }
}
