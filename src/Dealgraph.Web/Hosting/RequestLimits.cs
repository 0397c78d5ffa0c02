namespace Dealgraph.Web.Hosting;

/// <summary>Limits on what one request may ask of the server.</summary>
public static class RequestLimits
{
    /// <summary>Largest request body (Kestrel's MaxRequestBodySize, and checked again while reading an upload): 10 MiB.</summary>
    public const long MaxBodyBytes = 10L * 1024 * 1024;

    /// <summary>Name of the request-timeout policy of the analysis endpoints.</summary>
    public const string AnalysisTimeoutPolicy = "analysis";
}
