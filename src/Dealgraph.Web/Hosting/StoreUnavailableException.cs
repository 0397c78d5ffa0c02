namespace Dealgraph.Web.Hosting;

/// <summary>The ledger store cannot be reached right now; the inner exception says why. Answered with 503.</summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>The store is away because of <paramref name="cause"/>.</summary>
    public StoreUnavailableException(Exception cause)
        : base("the ledger database cannot be reached", cause)
    {
    }

    /// <summary>The store is away.</summary>
    public StoreUnavailableException()
        : base("the ledger database cannot be reached")
    {
    }

    /// <summary>The store is away, with a message.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>The store is away, with a message and a cause.</summary>
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
