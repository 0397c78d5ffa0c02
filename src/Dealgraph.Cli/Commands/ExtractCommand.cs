using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Ingest.Documents;
using Dealgraph.Ingest.Extraction;
using Dealgraph.Ingest.Review;
using Dealgraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>
/// <c>dealgraph extract FILE|URL</c>: candidate claims found in articles, posts and feeds (English and Chinese),
/// as JSON (with quote and span) or as a review file; nothing is imported until a person accepts it.
/// </summary>
public sealed class ExtractCommand(IAnsiConsole console) : Command<ExtractSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = settings.Format.ToLowerInvariant();
        if (format is not ("json" or "yaml"))
        {
            throw new InputException($"'{settings.Format}' is not json or yaml", field: "--format");
        }
        if (settings.TimeoutSeconds <= 0 || settings.MaxBytes <= 0)
        {
            throw new InputException("must be positive", field: settings.TimeoutSeconds <= 0 ? "--timeout" : "--max-bytes");
        }
        var extractor = new ClaimExtractor(Parties(settings.Db));
        var limits = new FetchLimits { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds), MaxBytes = settings.MaxBytes };
        var results = new List<(TextDocument, IReadOnlyList<Candidate>)>();
        foreach (var target in settings.Targets)
        {
            foreach (var document in DocumentLoader.Load(target, limits))
            {
                results.Add((document, extractor.Extract(document.Text, document.Published, document.Language)));
            }
        }
        var printer = new Printer(console);
        if (format == "yaml")
        {
            printer.Raw(ReviewFileWriter.Write(results, DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        else
        {
            printer.Json(new ExtractionView([.. results.Select(r => ExtractedDocumentView.Of(r.Item1, r.Item2))]));
        }
        return 0;
    }

    /// <summary>The parties to match: the database's when given, else the bundled example's, else none.</summary>
    internal static IReadOnlyList<Party> Parties(string? db)
    {
        if (db is not null)
        {
            if (!DealStores.Exists(db))
            {
                throw new InputException("no database here; run 'dealgraph import <dataset>' first", db, field: "--db");
            }
            using var store = DealStores.Open(db);
            return store.Load().Parties;
        }
        var example = DemoCommand.ExampleLocations.Select(p => Path.Combine(p, "parties.yaml")).FirstOrDefault(File.Exists);
        return example is null ? [] : DatasetReader.Read([example]).Parties;
    }
}
