using Dealgraph.Ingest.Yaml;

namespace Dealgraph.Ingest.Datasets;

/// <summary>An entity with the mapping it was read from, so cross-file checks can still name file, line and key.</summary>
internal sealed record Located<T>(T Value, YamlMap Map);
