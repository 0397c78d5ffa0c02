using System.Diagnostics;
using System.Globalization;
using Dealgraph.Bench.Ledger;
using Dealgraph.Core.Resolution;
using Dealgraph.Storage.Sqlite;

// Usage: dotnet run -c Release --project bench/Dealgraph.Bench.Ledger -- [deals=100000] [claimsPerDeal=10] [runs=3]
var deals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var perDeal = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var claims = deals * perDeal;
var dir = Directory.CreateTempSubdirectory("dealgraph-bench-");
Console.WriteLine($"dataset: {deals:N0} deals, {claims:N0} claims; {runs} runs each, median reported; .NET {Environment.Version}, {Environment.ProcessorCount} cores");

var dataset = SyntheticDataset.Create(deals, perDeal);
// The peer gets every migration, so it maintains the same indexes (schema 3: unique claims(id)) as the store.
var schema = typeof(SqliteDealStore).Assembly.GetType("Dealgraph.Storage.Sqlite.SqliteMigrations")!
    .GetProperty("Scripts")!.GetValue(null) is IReadOnlyList<string> scripts ? string.Join("\n", scripts) : throw new InvalidOperationException();

double Median(Func<int, double> run) => Enumerable.Range(0, runs).Select(run).Order().ElementAt(runs / 2);
double Time(Action action)
{
    var sw = Stopwatch.StartNew();
    action();
    return sw.Elapsed.TotalSeconds;
}

var bare = Median(i => Time(() => BareInsert.Run(Path.Combine(dir.FullName, $"bare{i}.db"), dataset, schema)));
var import = Median(i => Time(() =>
{
    using var store = SqliteDealStore.Open(Path.Combine(dir.FullName, $"import{i}.db"));
    store.Import(dataset);
}));
var reimport = Median(i => Time(() =>
{
    using var store = SqliteDealStore.Open(Path.Combine(dir.FullName, $"import{i}.db"));
    if (!store.Import(dataset).NothingChanged)
    {
        throw new InvalidOperationException("re-import changed something");
    }
}));
var loaded = default(Dealgraph.Core.Model.Dataset);
var load = Median(i => Time(() =>
{
    using var store = SqliteDealStore.Open(Path.Combine(dir.FullName, $"import{i}.db"));
    loaded = store.Load();
}));
var asOf = new DateOnly(2023, 6, 30);
var existing = 0;
var resolve = Median(_ => Time(() => existing = ClaimResolver.ResolveAll(loaded!.Deals, asOf).Count));

Console.WriteLine();
Console.WriteLine("| step | seconds | claims/s | vs bare insert |");
Console.WriteLine("|---|---:|---:|---:|");
void Row(string name, double s, bool ratio = true) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s:0.000} | {claims / s:N0} | {(ratio ? $"{s / bare:0.00}×" : "—")} |"));
Row("bare SQLite insert (peer)", bare);
Row("dealgraph import (empty db)", import);
Row("dealgraph re-import, unchanged (no writes)", reimport);
Row("load whole ledger from SQLite", load);
Row($"resolve all {deals:N0} deals as of {asOf:yyyy-MM-dd} ({existing:N0} exist)", resolve, ratio: false);
dir.Delete(recursive: true);
