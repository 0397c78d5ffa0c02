using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
