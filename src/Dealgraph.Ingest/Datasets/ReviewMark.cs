using Dealgraph.Ingest.Yaml;

namespace Dealgraph.Ingest.Datasets;

/// <summary>
/// The <c>accept</c> key of review files written by <c>dealgraph extract</c>: a deal or fact marked
/// <c>accept: false</c> is skipped whole (not even validated: its payer may still be a name as written);
/// <c>accept: true</c> or no key at all (every ordinary dataset file) is read as usual.
/// </summary>
internal static class ReviewMark
{
    public static bool Accepted(YamlMap map) => map.OptionalString("accept")?.ToLowerInvariant() switch
    {
        null or "true" or "yes" => true,
        "false" or "no" => false,
        var other => throw map.Error("accept", $"'{other}' is not true or false", map.Find("accept")!),
    };
}
