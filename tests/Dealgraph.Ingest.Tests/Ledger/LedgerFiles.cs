namespace Dealgraph.Ingest.Tests.Ledger;

/// <summary>Finds the ledger test files under tests/data/ledger from the test binary's folder.</summary>
internal static class LedgerFiles
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "data", "ledger", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tests/data/ledger/{name} not found above {AppContext.BaseDirectory}");
    }
}
