using Dealgraph.Core.Analyses;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;
using Dealgraph.Web.Hosting;


namespace Dealgraph.Web.Api;

/// <summary>The read endpoints: the CLI's read verbs over HTTP, same queries, same JSON.</summary>
public static class ReadApi
{
    /// <summary>Maps <c>/api/parties</c>, <c>/api/sources</c>, <c>/api/deals</c>, <c>/api/deals/{id}</c>, <c>/api/reality</c>, <c>/api/runway</c>.</summary>
    public static RouteGroupBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("read");
        var http = QueryFields.Http;

        api.MapGet("/parties", (LedgerAnswers answers, string? asOf) =>
                answers.Json("parties", asOf, LedgerQueries.Parties))
            .WithName("Parties").WithSummary("Every party and how many deals it is in as of the date (dealgraph parties)")
            .Produces<PartiesView>(contentType: "application/json").ProducesProblem(400);

        api.MapGet("/sources", (LedgerAnswers answers, string? asOf) =>
                answers.Json("sources", asOf, LedgerQueries.Sources))
            .WithName("Sources").WithSummary("Sources cited by claims reported by the date (dealgraph sources)")
            .Produces<SourcesView>(contentType: "application/json").ProducesProblem(400);

        api.MapGet("/deals", (LedgerAnswers answers, string? asOf, string? party, string? kind, string? status) =>
                answers.Json($"deals\u001f{party}\u001f{kind}\u001f{status}", asOf,
                    l => LedgerQueries.Deals(l, new DealFilter(party, kind, status), http)))
            .WithName("Deals").WithSummary("Deals that exist as of the date (dealgraph deals)")
            .Produces<DealsView>(contentType: "application/json").ProducesProblem(400);

        api.MapGet("/deals/{id}", (LedgerAnswers answers, string id, string? asOf) =>
                answers.Json($"show\u001f{id}", asOf, l => LedgerQueries.Show(l, id, http)))
            .WithName("Deal").WithSummary("One deal and its claims over time, each with its source (dealgraph show)")
            .Produces<DealDetailView>(contentType: "application/json").ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/deals/{id}/history", (LedgerAnswers answers, string id, string? asOf) =>
                answers.Json($"history\u001f{id}", asOf, l => LedgerQueries.History(l, id, http)))
            .WithName("DealHistory").WithSummary("The deal as of each date its record changed (the dashboard's amount band)")
            .Produces<DealHistoryView>(contentType: "application/json").ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/reality", (LedgerAnswers answers, string? asOf, string? party, string? kind, string? status, string? currency) =>
                answers.Json($"reality\u001f{party}\u001f{kind}\u001f{status}\u001f{currency}", asOf,
                    l => LedgerQueries.Reality(l, new DealFilter(party, kind, status), currency, http)))
            .WithName("Reality").WithSummary("Headline vs binding vs paid, per deal and in total (dealgraph reality)")
            .Produces<RealityReport>(contentType: "application/json").ProducesProblem(400);

        api.MapGet("/runway", (LedgerAnswers answers, string? asOf, string? party) =>
                answers.Json($"runway\u001f{party}", asOf, l => LedgerQueries.Runway(l, party, http)))
            .WithName("Runway").WithSummary("Cash, burn, runway and outstanding commitments per party (dealgraph runway)")
            .Produces<RunwayReport>(contentType: "application/json").ProducesProblem(400);

        return api;
    }

}
