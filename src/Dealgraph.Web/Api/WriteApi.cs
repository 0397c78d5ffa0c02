using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Ingest.Text;
using Dealgraph.Storage;
using Dealgraph.Web.Hosting;

namespace Dealgraph.Web.Api;

/// <summary>The write endpoints, mapped only when a token is configured, each requiring it as a bearer token.</summary>
public static class WriteApi
{
    /// <summary>Maps <c>POST /api/import</c> and <c>POST /api/claims</c>.</summary>
    public static RouteGroupBuilder MapWriteApi(this IEndpointRouteBuilder app, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        var api = app.MapGroup("/api").WithTags("write")
            .AddEndpointFilter(async (context, next) =>
            {
                var header = context.HttpContext.Request.Headers.Authorization.ToString();
                var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : "";
                // Compare hashes in fixed time, so the comparison leaks nothing about the token.
                return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected)
                    ? await next(context).ConfigureAwait(false)
                    : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                        detail: "this endpoint needs the server's token: Authorization: Bearer <token>");
            });

        api.MapPost("/import", async (HttpRequest request, LedgerSource source, string? name) =>
            {
                var text = await ReadBody(request).ConfigureAwait(false);
                var display = "upload/" + Path.GetFileName(string.IsNullOrWhiteSpace(name) ? "dataset.yaml" : name);
                return Results.Json(source.Import(known => DatasetReader.ReadText(text, display, known)), ViewJson.Options);
            })
            .WithName("Import").WithSummary("Import one dataset file (YAML body; ?name=parties.yaml etc. as in a dataset folder)")
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .Produces<ImportSummary>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(413);

        api.MapPost("/claims", async (HttpRequest request, LedgerSource source) =>
            {
                // Read here rather than bound: the size limit answers 413 however the body is sent, and bad JSON a 400 naming the place.
                var claim = ParseClaim(await ReadBody(request).ConfigureAwait(false));
                return Results.Json(source.Import(known => WithClaim(known, claim)), ViewJson.Options);
            })
            .Accepts<ClaimRequest>("application/json")
            .WithName("AddClaim").WithSummary("Add one claim to a stored deal")
            .Produces<ImportSummary>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(413);

        return api;
    }

    private static async Task<string> ReadBody(HttpRequest request)
    {
        // Kestrel enforces the limit too; this also covers hosts that do not (TestServer) and
        // never buffers more than the limit plus one read.
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            throw new BadHttpRequestException("request body too large", StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > RequestLimits.MaxBodyBytes)
            {
                throw new BadHttpRequestException("request body too large", StatusCodes.Status413PayloadTooLarge);
            }
        }
        return StrictUtf8.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), field: "body");
    }

    private static ClaimRequest ParseClaim(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ClaimRequest>(json, ClaimJson) ?? throw new InputException("the body is JSON null; send a claim object", field: "body");
        }
        catch (JsonException e)
        {
            throw new InputException($"the body is not a claim object: {e.Message}", field: e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body");
        }
    }

    private static readonly JsonSerializerOptions ClaimJson = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    /// <summary>The stored dataset with <paramref name="request"/> appended to its deal's claims.</summary>
    private static Dataset WithClaim(Dataset known, ClaimRequest request)
    {
        var deal = known.FindDeal(request.Deal ?? "") ?? throw new InputException($"unknown deal id '{request.Deal}'", field: "deal") { NotFound = true };
        if (known.FindSource(request.Source ?? "") is null)
        {
            throw new InputException($"unknown source id '{request.Source}': import the source first", field: "source");
        }
        var reported = LedgerQueries.ParseAsOf(request.Reported ?? "", "reported");
        var claim = new Claim
        {
            Id = $"{deal.Id}#{deal.Claims.Count + 1}",
            SourceId = request.Source!,
            Reported = reported,
            Effective = request.Effective is null ? reported : LedgerQueries.ParseAsOf(request.Effective, "effective"),
            Stance = request.Stance is null ? Stance.Asserts : Word<Stance>(request.Stance, "stance"),
            Rank = request.Rank is null ? Rank.Normal : Word<Rank>(request.Rank, "rank"),
            Status = request.Status is null ? null : Word<DealStatus>(request.Status, "status"),
            Headline = Money(request.Headline, "headline"),
            Binding = Money(request.Binding, "binding"),
            Paid = Money(request.Paid, "paid"),
            Terms = request.Terms,
            SupersededBy = request.SupersededBy is null || known.FindDeal(request.SupersededBy) is not null
                ? request.SupersededBy
                : throw new InputException($"unknown deal id '{request.SupersededBy}'", field: "supersededBy"),
            Quote = request.Quote,
            Note = request.Note,
        };
        var changed = deal with { Claims = [.. deal.Claims, claim] };
        return new Dataset(known.Parties, known.Sources, [.. known.Deals.Select(d => d.Id == deal.Id ? changed : d)], known.Facts, known.FxRates);
    }

    private static Amount? Money(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return AmountParser.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InputException(e.Message, field: field);
        }
    }

    private static T Word<T>(string text, string field)
        where T : struct, Enum =>
        Vocabulary<T>.TryParse(text, out var value)
            ? value
            : throw new InputException($"'{text}' is not one of: {string.Join(", ", Vocabulary<T>.Words)}", field: field);
}
