using Microsoft.AspNetCore.Diagnostics;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// Requests the server refuses before the endpoint runs — a body over the size limit (413), JSON
/// that does not parse or bind (400) — get ProblemDetails with the status Kestrel or the binder
/// chose, not a 500.
/// </summary>
public sealed class BadRequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = tooLarge ? "Body too large" : "Bad request",
                // The binder's messages name the parameter and the JSON path, never server internals.
                Detail = tooLarge ? $"request bodies are limited to {RequestLimits.MaxBodyBytes:N0} bytes" : bad.InnerException?.Message ?? bad.Message,
                Extensions = { ["field"] = "body" },
            },
        }).ConfigureAwait(false);
    }
}
