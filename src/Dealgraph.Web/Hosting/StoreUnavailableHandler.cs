using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// The database is away (PostgreSQL down or unreachable, a SQLite file locked or unreadable):
/// 503 with ProblemDetails and Retry-After, never a 500 with a stack trace. The next request
/// tries again, so the server recovers by itself when the database comes back.
/// </summary>
public sealed class StoreUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsUnavailable(exception))
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = "The ledger database cannot be reached right now; try again shortly.",
            },
        }).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the database is away rather than the request is wrong.</summary>
    internal static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException or DbException or SocketException or TimeoutException)
            {
                return true;
            }
        }
        return false;
    }
}
