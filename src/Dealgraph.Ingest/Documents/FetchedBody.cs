namespace Dealgraph.Ingest.Documents;

/// <summary>What an HTTP fetch returned: the bytes, the media type and the address after redirects.</summary>
/// <param name="Bytes">The body.</param>
/// <param name="MediaType">The Content-Type media type, lower case, without parameters.</param>
/// <param name="Charset">The charset parameter, when given.</param>
/// <param name="Url">The final address.</param>
public sealed record FetchedBody(byte[] Bytes, string MediaType, string? Charset, string Url);
