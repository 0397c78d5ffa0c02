namespace Dealgraph.Web.Tests;

/// <summary>One browser and one set of servers for every browser test class (starting Chromium is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
