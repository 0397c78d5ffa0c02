using System.Data.Common;
using Polly;
using Polly.Retry;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// Retries for reads from the store: a transient database error (a pooled PostgreSQL connection
/// broken by a server restart, a SQLite file busy) is tried again twice with a short backoff
/// before the request is answered 503. Writes are never retried here: an import is one
/// transaction that either committed or did not, and the caller decides.
/// </summary>
internal static class StoreReads
{
    public static ResiliencePipeline Retry { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<DbException>(e => e.IsTransient),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();
}
