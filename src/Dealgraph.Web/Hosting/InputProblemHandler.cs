using Dealgraph.Core;
using Microsoft.AspNetCore.Diagnostics;

namespace Dealgraph.Web.Hosting;

/// <summary>Turns bad input into ProblemDetails: 404 for an id that does not exist, 400 for anything else the caller can fix.</summary>
public sealed class InputProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not InputException input)
        {
            return false;
        }
        var status = input.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = input.NotFound ? "Not found" : "Bad input",
                Detail = input.Message,
                Extensions = { ["field"] = input.Field },
            },
        }).ConfigureAwait(false);
    }
}
