using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>The euro dataset: every amount in EUR, a deal title and a source address carrying markup.</summary>
public sealed class EuroLedger() : ExampleLedger(RepoPaths.Data("datasets", "euro"))
{
    /// <summary>The folder the dataset was read from.</summary>
    public static string Dataset => RepoPaths.Data("datasets", "euro");
}
