namespace Dealgraph.Web.Hosting;

/// <summary>
/// A JSON answer that is already computed, written whatever became of the request's time limit:
/// the limit is on computing, and an answer in hand (from memory, or finished just as the time ran
/// out) is sent rather than cut off half-written. <c>Results.Bytes</c> writes with the request's
/// token, which the timeout cancels: an answer written after the limit had passed ended in a
/// connection reset instead of a 200 (seen with a 1 ms limit when an answer finished late).
/// A client that has gone away still ends the write: the server drops what it cannot send.
/// </summary>
/// <param name="body">UTF-8 JSON.</param>
internal sealed class ReadyAnswer(byte[] body) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, CancellationToken.None).ConfigureAwait(false);
    }
}
