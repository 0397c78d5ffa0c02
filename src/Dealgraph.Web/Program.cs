using Dealgraph.Web;

// The server alone (dotnet run --project src/Dealgraph.Web -- --Dealgraph:Db=dealgraph.db);
// `dealgraph serve` builds the same app.
await DealgraphServer.Build(args).RunAsync();

