using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
