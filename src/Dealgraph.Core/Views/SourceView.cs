using Dealgraph.Core.Model;

namespace Dealgraph.Core.Views;

/// <summary>A source in the JSON contract.</summary>
/// <param name="Id">Source id.</param>
/// <param name="Outlet">Publisher.</param>
/// <param name="Url">Address, if any.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Title">Title as written (untrusted).</param>
/// <param name="Language">Language tag.</param>
/// <param name="Kind">Kind word.</param>
public sealed record SourceView(string Id, string Outlet, string? Url, DateOnly? Published, string? Title, string? Language, string Kind)
{
    /// <summary>The view of a source; an id the dataset does not hold is shown as its id alone.</summary>
    public static SourceView Of(Source? source, string id) =>
        source is null
            ? new(id, id, null, null, null, null, "news")
            : new(source.Id, source.Outlet, source.Url, source.Published, source.Title, source.Language, Vocabulary<SourceKind>.Name(source.Kind));
}
