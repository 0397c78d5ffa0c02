using Dealgraph.Core.Analyses;
using Dealgraph.Core.Queries;
using Dealgraph.Web.Hosting;

namespace Dealgraph.Web.Api;

/// <summary>The analysis endpoints: <c>dealgraph loops</c> and <c>dealgraph stress</c> over HTTP, same queries, same JSON.</summary>
public static class AnalysesApi
{
    /// <summary>Maps <c>/api/loops</c> and <c>/api/stress</c>.</summary>
    public static RouteGroupBuilder MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        // Analyses can be heavy on a large ledger: each has a time limit (504 ProblemDetails past it).
        var api = app.MapGroup("/api").WithTags("analyses");
        api.WithRequestTimeout(RequestLimits.AnalysisTimeoutPolicy);
        var http = QueryFields.Http;

        api.MapGet("/loops", (LedgerAnswers answers, HttpContext context, string? asOf, string? party, string? basis, string? currency, bool? includeCancelled) =>
                answers.JsonAsync($"loops\u001f{party}\u001f{basis}\u001f{currency}\u001f{includeCancelled}", asOf,
                    l => AnalysisQueries.Loops(l, party, basis, currency, includeCancelled == true, http), context.RequestAborted))
            .WithName("Loops").WithSummary("Money loops with round-trip amounts; with party, its self-funding (dealgraph loops)")
            .Produces<LoopsReport>(contentType: "application/json").ProducesProblem(400).ProducesProblem(504);

        api.MapGet("/stress", (LedgerAnswers answers, HttpContext context, string? asOf, string[]? fails, decimal? recovery, string[]? shock,
                    decimal? alpha, decimal? beta, string? unknownCash, string? currency) =>
            {
                var options = new StressOptions(fails ?? [], recovery ?? 0m, shock ?? [], alpha ?? 1m, beta ?? 1m, unknownCash ?? "zero", currency);
                var question = string.Join('\u001f', ["stress", string.Join(',', options.Fails), options.Recovery, string.Join(',', options.Shocks!),
                    options.Alpha, options.Beta, options.UnknownCash, currency]);
                return answers.JsonAsync(question, asOf, l => AnalysisQueries.Stress(l, options, http), context.RequestAborted);
            })
            .WithName("Stress").WithSummary("Eisenberg–Noe clearing when the fails parties cannot pay: who is short, by how much, in which round (dealgraph stress)")
            .Produces<StressReport>(contentType: "application/json").ProducesProblem(400).ProducesProblem(504);

        return api;
    }
}
